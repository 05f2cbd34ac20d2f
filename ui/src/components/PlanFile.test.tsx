import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { App } from "../App";
import type { PlanStore } from "../bindings/PlanStore";
import { I18nProvider } from "../i18n";
import { fakeBackend, testPlan } from "../test/fakeBackend";

function renderApp() {
  return render(
    <I18nProvider>
      <App />
    </I18nProvider>,
  );
}

function storeWith(name: string): Map<string, unknown> {
  const store: PlanStore = {
    schemaVersion: 1,
    plans: [
      {
        id: "p1",
        plan: testPlan({ name }),
        step: "salary",
        updatedAt: "2026-11-20T10:00:00Z",
        drafts: {},
        alternativeOf: null,
        versions: [],
      },
    ],
  };
  return new Map([["store", store]]);
}

describe("a plan as a file of its own", () => {
  it("imports a plan as a new plan last in the list, and saves it", async () => {
    const backend = fakeBackend({
      storeFile: storeWith("Eksisterende"),
      importResult: { plan: testPlan({ name: "Fra kollega" }), unknownFields: [], problems: [] },
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Hent plan fra fil" }));

    const result = await screen.findByText(
      "Planen «Fra kollega» er hentet inn og ligger nederst i listen.",
    );
    // Focus moves to the outcome.
    expect(result.closest("#import-result")).toBe(document.activeElement);
    const items = within(screen.getByRole("list")).getAllByRole("heading", { level: 2 });
    expect(items.map((h) => h.textContent)).toEqual(["Eksisterende", "Fra kollega"]);
    await waitFor(() => {
      expect(backend.saves).toBe(1);
    });
    const saved = backend.storeFile.get("store") as PlanStore;
    expect(saved.plans.map((p) => p.plan.name)).toEqual(["Eksisterende", "Fra kollega"]);
    // A fresh id and the first step, never the file's own.
    expect(saved.plans[1]?.id).not.toBe("p1");
    expect(saved.plans[1]?.step).toBe("organisation");
  });

  it("lists unknown fields and values to fix, in words", async () => {
    fakeBackend({
      importResult: {
        plan: testPlan({ name: "Med feil", horizonYears: 99 }),
        unknownFields: ["colour", "positions[0].nickname"],
        problems: [
          {
            code: "field.out_of_range",
            field: "horizonYears",
            message: "",
            params: { min: "1", max: "40" },
          },
        ],
      },
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Hent plan fra fil" }));
    const unknown = await screen.findByText(/Fila hadde 2 felt som denne versjonen/);
    expect(unknown).toBeTruthy();
    const unknownList = document.getElementById("import-unknown");
    expect(unknownList?.textContent).toContain("positions[0].nickname");
    const problems = document.getElementById("import-problems");
    expect(problems?.textContent).toBe("«Antall år planen skal dekke» må være fra 1 til 40.");
  });

  it("shows why a file was refused, beside the button, and adds nothing", async () => {
    const backend = fakeBackend({
      storeFile: storeWith("Eksisterende"),
      importResult: {
        code: "plan.not_json",
        field: null,
        message: "not json",
        params: { line: "3", column: "7" },
      },
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Hent plan fra fil" }));
    const error = await screen.findByText(/kan ikke leses som JSON \(linje 3, tegn 7\)/);
    expect(error.closest("#import-error")).toBe(document.activeElement);
    expect(
      screen.getByRole("button", { name: "Hent plan fra fil" }).getAttribute("aria-describedby"),
    ).toBe("import-error");
    expect(within(screen.getByRole("list")).getAllByRole("heading", { level: 2 })).toHaveLength(1);
    expect(backend.saves).toBe(0);
  });

  it("words a JSON file that is not a plan at all without naming a field", async () => {
    fakeBackend({
      importResult: {
        code: "plan.invalid_file",
        field: "",
        message: "missing field `name`",
        params: {},
      },
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Hent plan fra fil" }));
    expect(
      await screen.findByText(
        "Fila er ikke en plan fra Erfaringsplan (det mangler felt en plan alltid har).",
      ),
    ).toBeTruthy();
  });

  it("does nothing when the dialog is cancelled", async () => {
    const backend = fakeBackend({ importResult: null });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Hent plan fra fil" }));
    await waitFor(() => {
      expect(backend.calls.some((c) => c.cmd === "import_plan_file")).toBe(true);
    });
    expect(document.getElementById("import-result")).toBeNull();
    expect(document.getElementById("import-error")).toBeNull();
    expect(screen.getByText(/Du har ingen planer ennå/)).toBeTruthy();
  });

  it("saves one plan as a file and says where", async () => {
    const backend = fakeBackend({
      storeFile: storeWith("Bydel Nord"),
      exportFileResult: "/home/kari/erfaringsplan-bydel-nord.json",
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Lagre «Bydel Nord» som fil" }));
    expect(
      await screen.findByText(
        "Planen «Bydel Nord» er lagret i /home/kari/erfaringsplan-bydel-nord.json.",
      ),
    ).toBeTruthy();
    const call = backend.calls.find((c) => c.cmd === "export_plan_file");
    expect((call?.args as { plan: { name: string } }).plan.name).toBe("Bydel Nord");
  });

  it("shows a failed save beside the plan's button", async () => {
    fakeBackend({
      storeFile: storeWith("Bydel Nord"),
      exportFileResult: {
        code: "export.permission_denied",
        field: null,
        message: "denied",
        params: {},
      },
    });
    const user = userEvent.setup();
    renderApp();
    const button = await screen.findByRole("button", { name: "Lagre «Bydel Nord» som fil" });
    await user.click(button);
    const status = document.getElementById(button.getAttribute("aria-describedby") ?? "");
    await waitFor(() => {
      expect(status?.querySelector("[data-status=failed]")).not.toBeNull();
    });
  });
});
