import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { App } from "./App";
import type { Comparison } from "./bindings/Comparison";
import type { PlanStore } from "./bindings/PlanStore";
import { I18nProvider } from "./i18n";
import { fakeBackend, testPlan, testPosition, testStored } from "./test/fakeBackend";
import { startLoadingPlans } from "./usePlanStore";

type User = ReturnType<typeof userEvent.setup>;

/** «Ny plan», then «Start» on the intro page. */
async function startNewPlan(user: User) {
  await user.click(await screen.findByRole("button", { name: "Ny plan" }));
  expect(
    await screen.findByRole("heading", { level: 1, name: "Slik lager du en ansettelsesplan" }),
  ).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Start" }));
}

function renderApp() {
  return render(
    <I18nProvider>
      <App />
    </I18nProvider>,
  );
}

describe("plan list and wizard frame", () => {
  it("opens on an empty plan list, and has Rust show the window once the list is there", async () => {
    const backend = fakeBackend();
    renderApp();
    expect(await screen.findByRole("heading", { level: 1, name: "Mine planer" })).toBeTruthy();
    expect(screen.getByText(/Du har ingen planer ennå/)).toBeTruthy();
    expect(await screen.findByText("Versjon 0.1.0")).toBeTruthy();
    const names = () => backend.calls.map((c) => c.cmd);
    // Shown after the plans are loaded, once; the painted screen is reported after that.
    expect(names().filter((n) => n === "first_screen_ready")).toHaveLength(1);
    expect(names().indexOf("first_screen_ready")).toBeGreaterThan(names().indexOf("load_plans"));
    await waitFor(() => {
      expect(names()).toContain("first_screen_shown");
    });
    const report = backend.calls.find((c) => c.cmd === "first_screen_shown")?.args as {
      report: { marks: { stage: string }[] };
    };
    expect(report.report.marks.map((m) => m.stage)).toEqual(
      expect.arrayContaining(["first-render", "plans-loaded", "list-rendered", "frame", "painted"]),
    );
  });

  it("shows the list in its first render when the plans were asked for before it (as main.tsx does)", async () => {
    const backend = fakeBackend();
    await startLoadingPlans();
    renderApp();
    // No «loading» render first: the list is there as soon as render() returns.
    expect(screen.getByText(/Du har ingen planer ennå/)).toBeTruthy();
    expect(screen.queryByText("Henter planene …")).toBeNull();
    const names = () => backend.calls.map((c) => c.cmd);
    expect(names().filter((n) => n === "load_plans")).toHaveLength(1);
    await waitFor(() => {
      expect(names()).toContain("first_screen_shown");
    });
  });

  it("takes plans that come after the first render from the same request (a slow disk)", async () => {
    let answer: () => void = () => undefined;
    const backend = fakeBackend({
      loadPlansDelay: new Promise<void>((resolve) => {
        answer = resolve;
      }),
    });
    // As main.tsx does when the plans take longer than it waits: React renders meanwhile.
    const asked = startLoadingPlans();
    renderApp();
    expect(screen.getByText("Henter planene …")).toBeTruthy();
    answer();
    await asked;
    expect(await screen.findByText(/Du har ingen planer ennå/)).toBeTruthy();
    expect(backend.calls.filter((c) => c.cmd === "load_plans")).toHaveLength(1);
  });

  it("creates a plan through Rust, saves it, and opens step 1", async () => {
    const backend = fakeBackend({ maxHorizonYears: 30 });
    const user = userEvent.setup();
    renderApp();
    await startNewPlan(user);

    expect(await screen.findByRole("heading", { level: 1, name: "Virksomheten" })).toBeTruthy();
    // The years a plan may cover are Rust's limits, not words of the UI's own.
    expect(await screen.findByText("Fra 1 til 30 år.")).toBeTruthy();
    expect(screen.getByText("Steg 1 av 7")).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Stegene i planen" });
    const stepButtons = within(nav)
      .getAllByRole("button")
      .filter((b) => b.classList.contains("step-link"));
    // Step names, without the "Mangler" (incomplete) marks and what they say is missing.
    expect(stepButtons.map((b) => b.textContent.replace(/Mangler(: .*)?$/, ""))).toEqual([
      "1Virksomheten",
      "2Rollen",
      "3Sjekkliste",
      "4Lønn",
      "5Tilskudd",
      "6Veiledning",
      "7Oppsummering",
    ]);
    expect(stepButtons[0]?.getAttribute("aria-current")).toBe("step");

    const newPlanCall = backend.calls.find((c) => c.cmd === "new_plan");
    const request = (newPlanCall?.args as { request: { name: string; today: string } }).request;
    expect(request.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(request.name).toMatch(/^Ny plan \d{2}\.\d{2}\.\d{4}$/);

    // The AGA rates shown are Rust's strings, formatted the Norwegian way.
    const table = await screen.findByRole("table");
    expect(table.querySelector('[data-zone="1"] .num')?.textContent).toBe("14,1\u00a0%");
    expect(table.querySelector('[data-zone="5"] .num')?.textContent).toBe("0\u00a0%");

    await waitFor(() => {
      expect(backend.saves).toBeGreaterThan(0);
    });
    const saved = backend.storeFile.get("store") as PlanStore;
    expect(saved.schemaVersion).toBe(3);
    expect(saved.plans).toHaveLength(1);
    expect(saved.plans[0]?.plan.name).toBe(request.name);
  });

  it("moves between steps and remembers the step in the store", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    renderApp();
    await startNewPlan(user);
    await user.click(await screen.findByRole("button", { name: "Neste steg" }));
    const heading = await screen.findByRole("heading", { level: 1, name: "Rollen" });
    expect(document.activeElement).toBe(heading);
    await user.click(screen.getByRole("button", { name: /Oppsummering/ }));
    expect(await screen.findByRole("heading", { level: 1, name: "Oppsummering" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Neste steg" })).toBeNull();
    await waitFor(() => {
      expect((backend.storeFile.get("store") as PlanStore).plans[0]?.step).toBe("summary");
    });
  });

  it("shows Rust's errors beside the fields and in a summary on «Neste steg»", async () => {
    fakeBackend();
    const user = userEvent.setup();
    renderApp();
    await startNewPlan(user);
    const name = await screen.findByLabelText("Navn på planen");
    await user.clear(name);
    await user.tab();
    // Nothing is flagged before the user tries to move on.
    expect(screen.queryByText("Fyll inn «Navn på planen».")).toBeNull();
    expect(name.getAttribute("aria-invalid")).not.toBe("true");

    const horizon = screen.getByLabelText("Antall år planen skal dekke");
    await user.clear(horizon);
    await user.type(horizon, "ti");
    await user.click(screen.getByRole("button", { name: "Neste steg" }));
    // The step stays, and the summary lists both errors as links to their fields.
    expect(await screen.findByText("Før du går videre må du rette dette:")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Virksomheten" })).toBeTruthy();
    expect(screen.getAllByText("Fyll inn «Navn på planen».")).toHaveLength(2);
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getAllByText("«Antall år planen skal dekke» må være et helt tall, for eksempel 10."),
    ).toHaveLength(2);
    expect(
      screen.getByRole("link", { name: "Fyll inn «Navn på planen»." }).getAttribute("href"),
    ).toBe("#field-name");
    // The invalid text stays in the field.
    expect((horizon as HTMLInputElement).value).toBe("ti");

    await user.type(name, "Bydel Nord");
    await user.clear(horizon);
    await user.type(horizon, "12");
    await waitFor(() => {
      expect(screen.queryByText("Før du går videre må du rette dette:")).toBeNull();
    });
    await user.click(screen.getByRole("button", { name: "Neste steg" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Rollen" })).toBeTruthy();
  });

  it("switches language", async () => {
    fakeBackend();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole("heading", { name: "Mine planer" });
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(await screen.findByRole("heading", { level: 1, name: "My plans" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "New plan" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("lists saved plans and reopens one on the step it was left", async () => {
    const store: PlanStore = {
      schemaVersion: 1,
      plans: [
        {
          id: "p1",
          step: "salary",
          updatedAt: "2026-11-22T10:00:00Z",
          drafts: {},
          alternativeOf: null,
          versions: [],
          plan: testPlan({ name: "Bydel Nord", createdOn: "2026-11-20", horizonYears: 6 }),
        },
      ],
    };
    fakeBackend({ storeFile: new Map([["store", store]]) });
    const user = userEvent.setup();
    renderApp();
    expect(await screen.findByText(/Fra budsjettåret 2027, 6 år/)).toBeTruthy();
    expect(screen.getByText(/Opprettet 20\.11\.2026/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Åpne «Bydel Nord»" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lønn" })).toBeTruthy();
  });

  it("offers to go on with the plan opened last, also after a restart", async () => {
    const stored = (id: string, name: string) => testStored(id, testPlan({ name }), "salary");
    const store: PlanStore = {
      schemaVersion: 2,
      plans: [stored("p1", "Bydel Nord"), stored("p2", "Bydel Sør")],
    };
    const backend = fakeBackend({ storeFile: new Map([["store", store]]) });
    const user = userEvent.setup();
    // As main.tsx starts it when the settings name the plan opened last.
    render(
      <I18nProvider>
        <App initialLastPlanId="p2" />
      </I18nProvider>,
    );
    const go = await screen.findByRole("button", { name: "Fortsett med «Bydel Sør»" });
    expect(within(screen.getByRole("list")).getAllByText("Sist åpnet")).toHaveLength(1);
    // Opening another plan makes that the one offered, and the settings remember it.
    await user.click(screen.getByRole("button", { name: "Åpne «Bydel Nord»" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lønn" })).toBeTruthy();
    await waitFor(() => {
      expect(backend.lastPlanId).toBe("p1");
    });
    await user.click(screen.getByRole("button", { name: /Tilbake til Mine planer/ }));
    expect(await screen.findByRole("button", { name: "Fortsett med «Bydel Nord»" })).toBeTruthy();
    expect(go.isConnected).toBe(false);
    await user.click(screen.getByRole("button", { name: "Fortsett med «Bydel Nord»" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lønn" })).toBeTruthy();
  });

  it("words the holiday terms and the least pension with Rust's figures", async () => {
    const plan = testPlan({
      name: "Bydel Nord",
      positions: [testPosition({ pensionScheme: "otp", pensionPercent: "2" })],
    });
    const store: PlanStore = { schemaVersion: 3, plans: [testStored("p1", plan, "salary")] };
    fakeBackend({
      storeFile: new Map([["store", store]]),
      minOtpPercent: 3,
      holidayTerms: [
        { id: "statutory", holidayPayPercent: "10.2", holidayWeeks: "4.2" },
        { id: "tariff", holidayPayPercent: "12.0", holidayWeeks: "5" },
      ],
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Åpne «Bydel Nord»" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lønn" })).toBeTruthy();
    expect(await screen.findByText("Ferieloven: 10,2 %, fire uker og én dag")).toBeTruthy();
    expect(screen.getByText("Med femte ferieuke: 12 %, fem uker")).toBeTruthy();
    expect(await screen.findByText("Minst 3 % av lønnen.")).toBeTruthy();
  });

  it("offers no plan to go on with when the one opened last is gone", async () => {
    fakeBackend();
    render(
      <I18nProvider>
        <App initialLastPlanId="deleted-long-ago" />
      </I18nProvider>,
    );
    expect(await screen.findByText(/Du har ingen planer ennå/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Fortsett med/ })).toBeNull();
  });

  it("saves a burst of typing once, and says when everything is saved", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    renderApp();
    await startNewPlan(user);
    await waitFor(() => {
      expect(screen.getByText("Alle endringer er lagret")).toBeTruthy();
    });
    const before = backend.saves;
    await user.type(await screen.findByLabelText("Navn på planen"), " Nord");
    expect(screen.getByText(/Ulagrede endringer|Lagrer/)).toBeTruthy();
    await waitFor(() => {
      expect(screen.getByText("Alle endringer er lagret")).toBeTruthy();
    });
    expect(backend.saves - before).toBe(1);
    const saved = backend.storeFile.get("store") as PlanStore;
    expect(saved.plans[0]?.plan.name).toMatch(/ Nord$/);
  });

  it("keeps saving while someone types without a pause", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup({ delay: 100 });
    renderApp();
    await startNewPlan(user);
    await waitFor(() => {
      expect(screen.getByText("Alle endringer er lagret")).toBeTruthy();
    });
    const before = backend.saves;
    // 16 keys, 100 ms apart: never a 300 ms pause, yet 1.6 s of typing.
    await user.type(await screen.findByLabelText("Navn på planen"), " Nordre Aker bydel");
    const savedWhileTyping = backend.saves - before;
    expect(savedWhileTyping).toBeGreaterThanOrEqual(2);
    // What was saved last is a prefix of what was typed, at most ~0.5 s behind.
    const saved = backend.storeFile.get("store") as PlanStore;
    expect(saved.plans[0]?.plan.name).toMatch(/ Nordre/);
  });

  it("keeps what was typed while Rust was still making a new grant", async () => {
    let answer: () => void = () => undefined;
    const newGrantDelay = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const store: PlanStore = {
      schemaVersion: 1,
      plans: [
        {
          id: "p1",
          plan: testPlan({ name: "Bydel Nord" }),
          step: "grants",
          updatedAt: "2026-11-20",
          drafts: {},
          alternativeOf: null,
          versions: [],
        },
      ],
    };
    const backend = fakeBackend({ storeFile: new Map([["store", store]]), newGrantDelay });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Åpne «Bydel Nord»" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Tilskudd" })).toBeTruthy();
    // Ask for a grant twice (a double click), then type while Rust has not answered yet.
    const add = document.querySelector<HTMLButtonElement>("[id^=add-grant-]");
    expect(add).not.toBeNull();
    if (add) {
      await user.click(add);
      await user.click(add);
    }
    await user.type(
      screen.getByLabelText("Hvordan skal stillingene finansieres når tilskuddet tar slutt?"),
      "Kommunen",
    );
    answer();
    await waitFor(() => {
      const saved = backend.storeFile.get("store") as PlanStore | undefined;
      expect(saved?.plans[0]?.plan.grants).toHaveLength(1);
      expect(saved?.plans[0]?.plan.financingAfterGrants).toBe("Kommunen");
    });
  });

  it("undoes and redoes edits with Ctrl+Z and Ctrl+Shift+Z, across steps", async () => {
    fakeBackend();
    const user = userEvent.setup();
    renderApp();
    await startNewPlan(user);
    const name = await screen.findByLabelText("Navn på planen");
    await user.clear(name);
    await user.type(name, "Bydel Sør");
    // Another step, later: undo reaches back across steps.
    await new Promise((r) => setTimeout(r, 700));
    await user.click(screen.getByRole("button", { name: /Rollen/ }));
    await user.click(await screen.findByRole("checkbox", { name: "Prosjekter" }));
    await user.keyboard("{Control>}z{/Control}");
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Prosjekter" }).checked).toBe(
      false,
    );
    await user.click(screen.getByRole("button", { name: /Virksomheten/ }));
    expect((await screen.findByLabelText<HTMLInputElement>("Navn på planen")).value).toBe(
      "Bydel Sør",
    );
    await user.keyboard("{Control>}z{/Control}");
    expect(screen.getByLabelText<HTMLInputElement>("Navn på planen").value).toMatch(/^Ny plan /);
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(screen.getByLabelText<HTMLInputElement>("Navn på planen").value).toBe("Bydel Sør");
    // The buttons do the same.
    await user.click(screen.getByRole("button", { name: /Angre/ }));
    expect(screen.getByLabelText<HTMLInputElement>("Navn på planen").value).toMatch(/^Ny plan /);
    await user.click(screen.getByRole("button", { name: /Gjør om/ }));
    expect(screen.getByLabelText<HTMLInputElement>("Navn på planen").value).toBe("Bydel Sør");
  });

  it("renames, duplicates and deletes plans, and a deletion can be undone", async () => {
    const store: PlanStore = {
      schemaVersion: 1,
      plans: [
        {
          id: "p1",
          step: "organisation",
          updatedAt: "2026-11-22T10:00:00Z",
          drafts: {},
          alternativeOf: null,
          versions: [],
          plan: testPlan({ name: "Bydel Nord" }),
        },
      ],
    };
    const backend = fakeBackend({ storeFile: new Map([["store", store]]) });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Gi nytt navn til «Bydel Nord»" }));
    const field = screen.getByLabelText("Nytt navn");
    await user.clear(field);
    await user.type(field, "Bydel Øst");
    await user.click(screen.getByRole("button", { name: "Lagre navnet" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Bydel Øst" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Lag en kopi av «Bydel Øst»" }));
    expect(
      await screen.findByRole("heading", { level: 2, name: "Kopi av Bydel Øst" }),
    ).toBeTruthy();
    // The copy says what it is, and the focus is on it.
    expect(screen.getByRole("status").textContent).toBe(
      "Dette er en ny kopi av «Bydel Øst». Endringer her endrer ikke originalen.",
    );
    await waitFor(() => {
      expect(document.activeElement?.textContent).toBe("Åpne «Kopi av Bydel Øst»");
    });

    await user.click(screen.getByRole("button", { name: "Slett «Bydel Øst»" }));
    expect(screen.queryByRole("heading", { level: 2, name: "Bydel Øst" })).toBeNull();
    expect(screen.getByText("Planen «Bydel Øst» er slettet.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Angre" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Bydel Øst" })).toBeTruthy();
    await waitFor(() => {
      const saved = backend.storeFile.get("store") as PlanStore;
      expect(saved.plans.map((p) => p.plan.name)).toEqual(["Bydel Øst", "Kopi av Bydel Øst"]);
    });
  });

  it("sets a plan back to a version as an undo step of its own, even right after typing", async () => {
    const plan = (orgName: string) =>
      testPlan({
        name: "Bydel Nord",
        organisation: { ...testPlan().organisation, name: orgName },
      });
    const store: PlanStore = {
      schemaVersion: 3,
      plans: [
        {
          id: "p1",
          step: "organisation",
          updatedAt: "2026-11-22T10:00:00Z",
          drafts: {},
          alternativeOf: null,
          versions: [
            { id: "v1", label: "Mars", savedAt: "2026-03-12T10:00:00Z", plan: plan("Bydel Nord") },
          ],
          plan: plan("Bydel Nord"),
        },
      ],
    };
    const backend = fakeBackend({ storeFile: new Map([["store", store]]) });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole("button", { name: "Åpne «Bydel Nord»" }));
    const field = await screen.findByLabelText("Virksomhet eller enhet");
    await user.clear(field);
    await user.type(field, "Helse Vest");
    // At once, well within the time in which typing merges into one undo step.
    await user.click(screen.getByRole("button", { name: "Versjoner (1)" }));
    await user.click(
      await screen.findByRole("button", { name: "Sett planen tilbake hit: versjonen «Mars»" }),
    );
    await waitFor(() => {
      const saved = backend.storeFile.get("store") as PlanStore;
      expect(saved.plans[0]?.plan.organisation.name).toBe("Bydel Nord");
    });
    await user.click(screen.getByRole("button", { name: "Angre" }));
    expect(screen.getByRole("status").textContent).toBe(
      "Planen er som før du satte den tilbake til versjonen «Mars».",
    );
    expect(screen.queryByRole("button", { name: "Angre" })).toBeNull();
    // Undo takes back the restore only, not the typing before it.
    await waitFor(() => {
      const saved = backend.storeFile.get("store") as PlanStore;
      expect(saved.plans[0]?.plan.organisation.name).toBe("Helse Vest");
    });
  });

  it("makes alternatives that open at once and are listed under their base", async () => {
    const stored = (id: string, name: string, alternativeOf: string | null = null) =>
      testStored(id, testPlan({ name }), "salary", { alternativeOf });
    const store: PlanStore = {
      schemaVersion: 3,
      plans: [stored("p1", "Bydel Nord"), stored("p2", "Bydel Vest")],
    };
    const backend = fakeBackend({ storeFile: new Map([["store", store]]) });
    const user = userEvent.setup();
    renderApp();
    await user.click(
      await screen.findByRole("button", { name: "Lag alternativ til «Bydel Nord»" }),
    );
    // It opens at once, on the step its base was on, under the name Rust gave it.
    expect(await screen.findByRole("heading", { level: 1, name: "Lønn" })).toBeTruthy();
    const naming = backend.calls.find((c) => c.cmd === "alternative_name");
    expect(naming?.args).toEqual({
      locale: "nb",
      base: "Bydel Nord",
      taken: ["Bydel Nord", "Bydel Vest"],
    });
    await user.click(screen.getByRole("button", { name: /Tilbake til Mine planer/ }));

    // An alternative made from an alternative belongs to the same base.
    await user.click(
      await screen.findByRole("button", {
        name: "Lag alternativ til «Bydel Nord – alternativ B»",
      }),
    );
    await user.click(await screen.findByRole("button", { name: /Tilbake til Mine planer/ }));
    const group = await screen.findByRole("list", { name: "Alternativer til «Bydel Nord»" });
    expect(
      within(group)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["Bydel Nord – alternativ B", "Bydel Nord – alternativ C"]);
    expect(within(group).getAllByText("Alternativ til «Bydel Nord»")).toHaveLength(2);
    await waitFor(() => {
      const saved = backend.storeFile.get("store") as PlanStore;
      expect(saved.plans.map((p) => [p.plan.name, p.alternativeOf])).toEqual([
        ["Bydel Nord", null],
        ["Bydel Nord – alternativ B", "p1"],
        ["Bydel Nord – alternativ C", "p1"],
        ["Bydel Vest", null],
      ]);
    });

    // With its base deleted, an alternative stands on its own; undo puts it back under it.
    await user.click(screen.getByRole("button", { name: "Slett «Bydel Nord»" }));
    expect(screen.queryByRole("list", { name: "Alternativer til «Bydel Nord»" })).toBeNull();
    expect(
      screen.getByRole("heading", { level: 2, name: "Bydel Nord – alternativ B" }),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Angre" }));
    expect(await screen.findByRole("list", { name: "Alternativer til «Bydel Nord»" })).toBeTruthy();
  });

  it("compares the plans ticked, the first as the base, and shows Rust's figures", async () => {
    const stored = (id: string, name: string) => testStored(id, testPlan({ name }), "summary");
    const store: PlanStore = {
      schemaVersion: 3,
      plans: [stored("p1", "Bydel Nord"), stored("p2", "Bydel Vest"), stored("p3", "Bydel Øst")],
    };
    const comparison: Comparison = {
      plans: [
        { name: "Bydel Vest", firstYear: 2027, lastYear: 2029 },
        { name: "Bydel Nord", firstYear: 2027, lastYear: 2030 },
      ],
      firstYear: 2027,
      lastYear: 2030,
      sameYears: false,
      figures: [
        {
          key: "netCost",
          unit: "kroner",
          label: "Netto for arbeidsgiver",
          values: ["1348667.20", "1395467.20"],
          differences: [null, { amount: "46800.00", percent: "3.5" }],
          valueTexts: ["1 348 667,20 kr", "1 395 467,20 kr"],
          differenceTexts: ["", "+46 800,00 kr (+3,5 %)"],
        },
      ],
      years: [
        {
          year: 2027,
          netCost: ["316222.40", "331822.40"],
          differences: [null, "15600.00"],
          chartPercent: ["50.05", "52.52"],
          netCostTexts: ["316 222,40 kr", "331 822,40 kr"],
          differenceTexts: ["", "+15 600,00 kr"],
        },
      ],
      chartMax: "631822.40",
      changes: [[], ["2 stillinger (grunnlaget: 1)."]],
    };
    const backend = fakeBackend({
      storeFile: new Map([["store", store]]),
      compareResult: comparison,
    });
    const user = userEvent.setup();
    renderApp();
    const button = await screen.findByRole("button", { name: "Sammenlign valgte (0)" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    // The first ticked is the base.
    await user.click(screen.getByLabelText("Velg for sammenligning: «Bydel Vest»"));
    await user.click(screen.getByLabelText("Velg for sammenligning: «Bydel Nord»"));
    await user.click(screen.getByRole("button", { name: "Sammenlign valgte (2)" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Sammenligning av alternativer" }),
    ).toBeTruthy();
    const sent = backend.calls.find((c) => c.cmd === "compare_plans")?.args as {
      plans: { name: string }[];
      locale: string;
    };
    expect(sent.plans.map((p) => p.name)).toEqual(["Bydel Vest", "Bydel Nord"]);
    expect(sent.locale).toBe("nb");
    const figures = await screen.findByRole("table", { name: "Nøkkeltall" });
    const row = within(figures).getByRole("row", { name: /Netto for arbeidsgiver/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1 348 667,20 kr", "1 395 467,20 kr", "+46 800,00 kr (+3,5 %)"]);
    expect(
      within(figures)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Nøkkeltall", "Bydel Vest (grunnlag)", "Bydel Nord", "Forskjell fra «Bydel Vest»"]);
    expect(
      screen.getByText(/Planene dekker ulike år \(Bydel Vest: 2027–2029; Bydel Nord/),
    ).toBeTruthy();
    expect(screen.getByText("2 stillinger (grunnlaget: 1).")).toBeTruthy();

    // Copied, the year table gives a spreadsheet plain numbers (the difference a number, not
    // «+15 600,00 kr»); the plans' names come as text.
    const years = screen.getByRole("table", { name: "Tallene for hvert år" });
    const range = document.createRange();
    range.selectNodeContents(years);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    const setData = vi.fn();
    fireEvent.copy(years, { clipboardData: { setData } });
    expect(String(setData.mock.calls[0]?.[1]).split("\r\n")).toEqual([
      "År\tBydel Vest (grunnlag)\tBydel Nord\tForskjell fra «Bydel Vest»",
      "2027\t316222,40\t331822,40\t15600,00",
    ]);

    // «Eksporter sammenligningen som PDF» sends the same plans, in the same order, to Rust.
    expect(screen.queryByRole("button", { name: "Eksporter PDF" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Eksporter sammenligningen som PDF" }));
    expect(
      await screen.findByText("PDF-en er lagret som /home/hr/sammenligning-Bydel Vest.pdf."),
    ).toBeTruthy();
    const exported = backend.calls.find((c) => c.cmd === "export_comparison_pdf")?.args as {
      plans: { name: string }[];
      request: { locale: string; today: string };
    };
    expect(exported.plans).toEqual(sent.plans);
    expect(exported.request.locale).toBe("nb");
    expect(exported.request.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Another base: the plans go to Rust in the new order.
    await user.selectOptions(screen.getByLabelText(/Grunnlag/), "1");
    await waitFor(() => {
      const calls = backend.calls.filter((c) => c.cmd === "compare_plans");
      const last = calls.at(-1)?.args as { plans: { name: string }[] };
      expect(last.plans.map((p) => p.name)).toEqual(["Bydel Nord", "Bydel Vest"]);
    });
  });

  it("names the plan that cannot be compared and opens it to be fixed", async () => {
    const store: PlanStore = {
      schemaVersion: 3,
      plans: ["Bydel Nord", "Bydel Vest"].map((name, i) => ({
        id: `p${String(i + 1)}`,
        step: "summary" as const,
        updatedAt: "2026-11-22T10:00:00Z",
        drafts: {},
        alternativeOf: null,
        versions: [],
        plan: testPlan({ name }),
      })),
    };
    fakeBackend({
      storeFile: new Map([["store", store]]),
      compareResult: {
        code: "compare.plan_invalid",
        field: "positions[0].ftePercent",
        message: "plan 2 cannot be compared",
        params: { plan: "2", name: "Bydel Vest", cause: "field.required" },
      },
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByLabelText("Velg for sammenligning: «Bydel Nord»"));
    await user.click(screen.getByLabelText("Velg for sammenligning: «Bydel Vest»"));
    await user.click(screen.getByRole("button", { name: "Sammenlign valgte (2)" }));
    const alert = await screen.findByText(/«Bydel Vest» kan ikke sammenlignes ennå: Fyll inn/);
    expect(alert.textContent).toContain("Stillingsprosent");
    await user.click(screen.getByRole("button", { name: "Åpne «Bydel Vest» og rett feilen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Oppsummering" })).toBeTruthy();
  });

  it("says in the user's words, not Rust's, when the plans cannot be read", async () => {
    fakeBackend({ failLoad: true });
    renderApp();
    const alert = await screen.findByText(/Planene dine kunne ikke leses inn/);
    expect(alert.textContent).toBe(
      "Planene dine kunne ikke leses inn. Filen med planene er ikke endret. Lukk Erfaringsplan og åpne den igjen. Skjer det igjen, kontakt IT-støtten.",
    );
    expect(alert.textContent).not.toMatch(/os error|Permission/);
  });

  it("says so when a change cannot be saved", async () => {
    fakeBackend({ failSave: true });
    const user = userEvent.setup();
    renderApp();
    await startNewPlan(user);
    const said = await screen.findByText(/Endringen kunne ikke lagres/);
    // Said as the plans' own save, not as an export to a folder the user chose.
    expect(said.textContent).toContain(
      "Endringen kunne ikke lagres. Kanskje er disken full. Det som sist ble lagret, er der fortsatt, og Erfaringsplan prøver igjen ved neste endring.",
    );
  });

  it("tells where a damaged plans file went and what was recovered", async () => {
    fakeBackend({
      notice: {
        kind: "recovered",
        movedTo:
          "/home/hr/.local/share/no.erfaringsplan.desktop/plans.damaged-20261124-101500.json",
        unreadablePlans: 0,
        fromBackup: 2,
        wholeFile: true,
      },
    });
    renderApp();
    expect(
      await screen.findByText(
        /var skadet og kunne ikke leses\. Den er flyttet til \/home\/hr\/.*plans\.damaged-20261124-101500\.json/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("2 plan(er) er hentet fra forrige lagrede versjon av filen."),
    ).toBeTruthy();
  });

  it("shows plans from a newer version and says why changes are not saved", async () => {
    fakeBackend({ notice: { kind: "newerVersion", version: 2 }, readOnly: "newerVersion" });
    const user = userEvent.setup();
    renderApp();
    expect(
      await screen.findByText(/lagret av en nyere versjon av Erfaringsplan \(filformat 2\)/),
    ).toBeTruthy();
    await startNewPlan(user);
    expect(
      await screen.findByText(
        /Planene er fra en nyere versjon av Erfaringsplan, så endringer lagres ikke her\./,
      ),
    ).toBeTruthy();
  });

  it("shows the plans another window has open, and says on every page why nothing is saved", async () => {
    const backend = fakeBackend({ notice: { kind: "openElsewhere" }, readOnly: "openElsewhere" });
    const user = userEvent.setup();
    renderApp();
    const notice = /allerede åpen med de samme planene i et annet vindu/;
    expect(await screen.findByText(notice)).toBeTruthy();
    await startNewPlan(user);
    // In the wizard too: the banner stays, and the failed save says why.
    expect(screen.getByText(notice)).toBeTruthy();
    expect(
      await screen.findByText(
        /Planene er åpne i et annet vindu av Erfaringsplan, så endringer lagres ikke her\./,
      ),
    ).toBeTruthy();
    expect(backend.saves).toBe(0);
  });
});

describe("the first minutes", () => {
  it("offers an example on the empty list, opens it at its summary, and it is the user's once changed", async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    renderApp();
    expect(await screen.findByText(/Vil du se hva Erfaringsplan lager/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Prøv med et eksempel" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Oppsummering" })).toBeTruthy();
    expect(screen.getByText(/Dette er et eksempel: en bydel/)).toBeTruthy();
    const saved = () => (backend.storeFile.get("store") as PlanStore | undefined)?.plans[0];
    await waitFor(() => {
      expect(saved()?.example).toBe(true);
    });
    expect(saved()?.step).toBe("summary");
    // Back on the list it is marked as an example.
    await user.click(screen.getByRole("button", { name: /Tilbake til Mine planer/ }));
    const card = (await screen.findByRole("heading", { level: 2, name: /Bydel Nord/ })).closest(
      ".plan-card",
    ) as HTMLElement;
    expect(within(card).getByText("Eksempel")).toBeTruthy();
    // Renamed, it is the user's own plan.
    await user.click(within(card).getByRole("button", { name: /^Gi nytt navn/ }));
    const field = screen.getByLabelText("Nytt navn");
    await user.clear(field);
    await user.type(field, "Vår plan");
    await user.click(screen.getByRole("button", { name: "Lagre navnet" }));
    await waitFor(() => {
      expect(saved()?.example).toBe(false);
    });
    expect(screen.queryByText("Eksempel")).toBeNull();
    // The example is offered only to an empty list.
    expect(screen.queryByRole("button", { name: "Prøv med et eksempel" })).toBeNull();
  });

  it("explains copies, alternatives and comparing, and clears an old notice after a new action", async () => {
    const store: PlanStore = {
      schemaVersion: 3,
      plans: [
        {
          id: "p1",
          step: "organisation",
          updatedAt: "2026-11-22T10:00:00Z",
          drafts: {},
          alternativeOf: null,
          versions: [],
          plan: testPlan({ name: "Bydel Nord" }),
        },
      ],
    };
    fakeBackend({
      storeFile: new Map([["store", store]]),
      importResult: { plan: testPlan({ name: "Hentet" }), unknownFields: [], problems: [] },
    });
    const user = userEvent.setup();
    renderApp();
    // One plan: nothing to tick yet, and a word on how to get something to compare.
    expect(await screen.findByText(/Med to eller flere planer kan du krysse av/)).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: /Velg for sammenligning/ })).toBeNull();
    const copy = screen.getByRole("button", { name: "Lag en kopi av «Bydel Nord»" });
    const alternative = screen.getByRole("button", { name: "Lag alternativ til «Bydel Nord»" });
    for (const button of [copy, alternative]) {
      const help = document.getElementById(button.getAttribute("aria-describedby") ?? "");
      expect(help?.textContent).toMatch(/«Lag alternativ» lager en variant .* «Lag en kopi» lager/);
    }
    await user.click(screen.getByRole("button", { name: "Hent plan fra fil" }));
    expect(await screen.findByText(/Planen «Hentet» er hentet inn/)).toBeTruthy();
    // Two plans: the boxes and the comparison's hint are there.
    expect(screen.getAllByRole("checkbox", { name: /Velg for sammenligning/ })).toHaveLength(2);
    expect(screen.getByText(/Kryss av for 2–4 planer/)).toBeTruthy();
    // A copy made after the import ends the import's message.
    await user.click(screen.getByRole("button", { name: "Lag en kopi av «Bydel Nord»" }));
    expect(await screen.findByText(/Dette er en ny kopi av «Bydel Nord»/)).toBeTruthy();
    expect(screen.queryByText(/Planen «Hentet» er hentet inn/)).toBeNull();
  });
});
