import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import type { WizardFigures } from "../bindings/WizardFigures";
import type { YearSummary } from "../bindings/YearSummary";
import { I18nProvider, loadLocale } from "../i18n";
import { YearTable } from "./YearTable";

const year = (y: number, net: string): YearSummary => ({
  year: y,
  payrollCost: "1008462.20",
  otherCosts: "34608.00",
  totalCost: "1043070.20",
  grants: "450000.00",
  netCost: net,
  grantSharePercent: "43.14",
  runningTotalCost: "0.00",
  runningNetCost: "-1250.50",
});

const figures = {
  firstYear: 2027,
  lastYear: 2028,
  years: [year(2027, "593070.20"), year(2028, "-1250.50")],
  totals: {
    payrollCost: "2016924.40",
    otherCosts: "69216.00",
    totalCost: "2086140.40",
    grants: "900000.00",
    netCost: "591819.70",
  },
} as unknown as WizardFigures;

/** Selects from the first cell of `from` to the last cell of `to` and copies; returns what the
 * table put on the clipboard. */
function copy(from: Element, to: Element): string {
  const range = document.createRange();
  range.setStart(from, 0);
  range.setEndAfter(to.lastElementChild ?? to);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const setData = vi.fn();
  fireEvent.copy(document.querySelector(".table-scroll") as Element, {
    clipboardData: { setData },
  });
  expect(setData).toHaveBeenCalledTimes(1);
  return String(setData.mock.calls[0]?.[1]);
}

describe("copying the year table", () => {
  it("puts plain years and numbers a Norwegian spreadsheet reads, not «2028 stup»", () => {
    render(
      <I18nProvider>
        <YearTable projection={figures} cliffYear={2028} />
      </I18nProvider>,
    );
    // The cliff is marked, and said to a screen reader, but not written into the year.
    expect(
      screen.getByText(
        "Finansieringsstupet i 2028: tilskuddet faller, og arbeidsgivers kostnad øker.",
      ),
    ).toBeTruthy();
    const rows = document.querySelectorAll("#year-table tr");
    const text = copy(rows[0] as Element, rows[2] as Element);
    expect(text.split("\r\n")).toEqual([
      "År\tLønnskostnad\tAndre kostnader\tTotal kostnad\tTilskudd\tNetto arbeidsgiver\tAkkumulert netto",
      "2027\t1008462,20\t34608,00\t1043070,20\t450000,00\t593070,20\t-1250,50",
      "2028\t1008462,20\t34608,00\t1043070,20\t450000,00\t-1250,50\t-1250,50",
    ]);
  });

  it("writes English numbers in English", async () => {
    await loadLocale("en");
    render(
      <I18nProvider initialLocale="en">
        <YearTable projection={figures} cliffYear={null} />
      </I18nProvider>,
    );
    const rows = document.querySelectorAll("#year-table tbody tr");
    expect(copy(rows[1] as Element, rows[1] as Element)).toBe(
      "2028\t1008462.20\t34608.00\t1043070.20\t450000.00\t-1250.50\t-1250.50",
    );
  });
});
