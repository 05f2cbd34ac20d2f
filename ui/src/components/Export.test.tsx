import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { I18nProvider } from "../i18n";
import { testPlan } from "../test/fakeBackend";
import { ExportPdf, ExportPlan } from "./Export";

type Answer = (cmd: string, args: unknown) => unknown;

/** Rust rejects with the error report itself, not an Error. */
function rejectWith(code: string): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw { code, field: null, message: code, params: {} };
}

function setup(answer: Answer, stale = false) {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return answer(cmd, args);
  });
  render(
    <I18nProvider>
      <ExportPdf plan={testPlan({ name: "Bydel Nord" })} stale={stale} />
    </I18nProvider>,
  );
  return calls;
}

const saved = { path: "/home/hr/ansettelsesplan-bydel-nord.pdf" };

describe("Eksporter PDF", () => {
  it("asks Rust for the PDF in the UI's language and offers to open it", async () => {
    const user = userEvent.setup();
    const calls = setup((cmd) => (cmd === "export_pdf" ? saved : null));
    await user.click(screen.getByRole("button", { name: "Eksporter PDF" }));
    expect(
      await screen.findByText("PDF-en er lagret som /home/hr/ansettelsesplan-bydel-nord.pdf."),
    ).toBeTruthy();
    const exportCall = calls.find((c) => c.cmd === "export_pdf");
    const args = exportCall?.args as {
      plan: { name: string };
      request: { locale: string; today: string };
    };
    expect(args.plan.name).toBe("Bydel Nord");
    expect(args.request.locale).toBe("nb");
    expect(args.request.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await user.click(screen.getByRole("button", { name: "Åpne PDF-en" }));
    expect(calls.map((c) => c.cmd)).toEqual(["export_pdf", "open_exported_file"]);
    expect(calls[1]?.args).toEqual({ kind: "pdf" });
  });

  it("shows nothing new when the user cancels the dialog", async () => {
    const user = userEvent.setup();
    setup(() => null);
    await user.click(screen.getByRole("button", { name: "Eksporter PDF" }));
    await screen.findByRole("button", { name: "Eksporter PDF" });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(document.querySelector("#pdf-saved, #pdf-error")).toBeNull();
  });

  it("words a vanished folder in Norwegian beside the button", async () => {
    const user = userEvent.setup();
    setup(() => {
      rejectWith("export.folder_missing");
    });
    await user.click(screen.getByRole("button", { name: "Eksporter PDF" }));
    expect(
      await screen.findByText(
        "Mappen du valgte finnes ikke lenger. Velg et annet sted og prøv igjen.",
      ),
    ).toBeTruthy();
  });

  it("keeps the saved file when opening it fails, and says why", async () => {
    const user = userEvent.setup();
    setup((cmd) => {
      if (cmd === "export_pdf") return saved;
      return rejectWith("export.open_failed");
    });
    await user.click(screen.getByRole("button", { name: "Eksporter PDF" }));
    await user.click(await screen.findByRole("button", { name: "Åpne PDF-en" }));
    expect(await screen.findByText(/Filen er lagret, men kunne ikke åpnes her/)).toBeTruthy();
    expect(screen.getByText(/PDF-en er lagret som/)).toBeTruthy();
  });

  it("is disabled, with the reason, while the plan has errors", () => {
    setup(() => null, true);
    const button = screen.getByRole("button", { name: "Eksporter PDF" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute("aria-describedby")).toBe("pdf-stale");
    expect(screen.getByText("Rett feilene i planen før du lager PDF-en.")).toBeTruthy();
  });
});

describe("Last ned regneark", () => {
  function setupPlan(answer: Answer, stale = false) {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      return answer(cmd, args);
    });
    render(
      <I18nProvider>
        <ExportPlan plan={testPlan({ name: "Bydel Nord" })} stale={stale} />
      </I18nProvider>,
    );
    return calls;
  }
  const workbook = { path: "/home/hr/ansettelsesplan-bydel-nord.xlsx" };

  it("sits beside «Eksporter PDF», asks Rust for the workbook and opens that file", async () => {
    const user = userEvent.setup();
    const calls = setupPlan((cmd) => (cmd === "export_xlsx" ? workbook : null));
    expect(screen.getByRole("button", { name: "Eksporter PDF" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Last ned regneark" }));
    expect(
      await screen.findByText("Regnearket er lagret som /home/hr/ansettelsesplan-bydel-nord.xlsx."),
    ).toBeTruthy();
    const args = calls.find((c) => c.cmd === "export_xlsx")?.args as {
      plan: { name: string };
      request: { locale: string };
    };
    expect(args.plan.name).toBe("Bydel Nord");
    expect(args.request.locale).toBe("nb");
    // Only the spreadsheet's card says it was saved.
    expect(document.querySelector("#pdf-saved")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Åpne regnearket" }));
    expect(calls.map((c) => c.cmd)).toEqual(["export_xlsx", "open_exported_file"]);
    expect(calls[1]?.args).toEqual({ kind: "xlsx" });
  });

  it("says so when the file is open in Excel, and nothing was saved", async () => {
    const user = userEvent.setup();
    setupPlan(() => {
      rejectWith("export.in_use");
    });
    await user.click(screen.getByRole("button", { name: "Last ned regneark" }));
    const error = await screen.findByText(/Filen kan ikke erstattes fordi den er i bruk/);
    expect(error.closest("#xlsx-error")).toBeTruthy();
    expect(document.querySelector("#pdf-error")).toBeNull();
  });

  it("waits, with the reason, while the plan has errors", () => {
    setupPlan(() => null, true);
    const button = screen.getByRole("button", { name: "Last ned regneark" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute("aria-describedby")).toBe("xlsx-stale");
  });
});
