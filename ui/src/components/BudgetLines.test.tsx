import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";

import type { BudgetLines } from "../bindings/BudgetLines";
import type { Plan } from "../bindings/Plan";
import { I18nProvider } from "../i18n";
import { testPlan } from "../test/fakeBackend";
import type { PlanChange } from "../views/steps/types";
import { BudgetLinesEditor } from "./BudgetLines";

const chart = { code: "243", origin: "chart" } as const;
const lines: BudgetLines = {
  firstYear: 2027,
  lastYear: 2028,
  chartUsed: true,
  rows: [
    {
      function: chart,
      line: "fixedPay",
      art: { code: "010", origin: "chart" },
      amounts: ["526400.00", "526400.00"],
      total: "1052800.00",
    },
    {
      function: chart,
      line: "grants",
      art: { code: null, origin: "unset" },
      amounts: ["450000.00", "0.00"],
      total: "450000.00",
    },
  ],
};

/** The editor over a plan kept in state, as the wizard keeps it; `seen` gets every plan. */
function Harness({ seen, error }: { seen: Plan[]; error?: string }) {
  const [plan, setPlan] = useState<Plan>(testPlan());
  const onChange = (change: PlanChange) => {
    setPlan((current) => {
      const next = typeof change === "function" ? change(current) : change;
      seen.push(next);
      return next;
    });
  };
  return (
    <I18nProvider>
      <BudgetLinesEditor
        plan={plan}
        lines={lines}
        onChange={onChange}
        errorFor={(path) => (path === "budgetCodes.arts.grants" ? error : undefined)}
      />
    </I18nProvider>
  );
}

describe("the budget lines on the summary", () => {
  it("shows each line's code in use and where it comes from, and the KOSTRA source", () => {
    render(<Harness seen={[]} />);
    const row = (line: string) => document.querySelector(`[data-line="${line}"]`);
    expect(row("fixedPay")?.querySelector('[data-cell="now"]')?.textContent).toBe(
      "010 (etter KOSTRA)",
    );
    expect(row("grants")?.querySelector('[data-cell="now"]')?.textContent).toBe(
      "– (settes av dere)",
    );
    expect(screen.getByText(/Brukes nå: 243 \(etter KOSTRA\)/)).toBeTruthy();
    expect(document.getElementById("budget-source")?.textContent).toMatch(
      /Regnskapsrapporteringen i KOSTRA/,
    );
  });

  it("keeps a code the user types, and no codes at all once the fields are emptied", () => {
    const seen: Plan[] = [];
    render(<Harness seen={seen} />);
    const grants = screen.getByLabelText("Deres art for Tilskudd (inntekt)");
    fireEvent.change(grants, { target: { value: "18100" } });
    expect(seen.at(-1)?.budgetCodes).toEqual({ arts: { grants: "18100" } });
    const fn = screen.getByLabelText("Funksjon");
    fireEvent.change(fn, { target: { value: "2430" } });
    expect(seen.at(-1)?.budgetCodes).toEqual({ arts: { grants: "18100" }, function: "2430" });
    expect((grants as HTMLInputElement).value).toBe("18100");
    fireEvent.change(grants, { target: { value: "" } });
    fireEvent.change(fn, { target: { value: "" } });
    expect(seen.at(-1)).not.toHaveProperty("budgetCodes");
  });

  it("shows Rust's error beside the code it is about", () => {
    render(<Harness seen={[]} error="Skriv koden med bare tall og bokstaver." />);
    const grants = screen.getByLabelText("Deres art for Tilskudd (inntekt)");
    expect(grants.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Skriv koden med bare tall og bokstaver.")).toBeTruthy();
  });
});
