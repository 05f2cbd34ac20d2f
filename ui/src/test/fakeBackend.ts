/**
 * A stand-in for the Rust side in component tests, plugged in under the real IPC module with
 * `mockIPC`. It answers like the real commands for the inputs the tests use, records every call,
 * and keeps the store plugin's key-value file in memory.
 */
import { mockIPC } from "@tauri-apps/api/mocks";

import type { AgaRates } from "../bindings/AgaRates";
import type { ErrorReport } from "../bindings/ErrorReport";
import type { Grant } from "../bindings/Grant";
import type { Locale } from "../bindings/Locale";
import type { ImportedPlan } from "../bindings/ImportedPlan";
import type { Missing } from "../bindings/Missing";
import type { Plan } from "../bindings/Plan";
import type { Evaluation } from "../bindings/Evaluation";
import type { Position } from "../bindings/Position";
import type { StoreNotice } from "../bindings/StoreNotice";

/** A plan as Rust's `new_plan` makes it, with the given fields changed. */
export function testPlan(fields: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: 2,
    name: "Plan",
    createdOn: "2026-11-22",
    firstYear: 2027,
    horizonYears: 10,
    organisation: {
      name: "",
      kind: "municipality",
      municipality: null,
      agaZone: "1",
      fribelopUsedUp: false,
      agaRateOverride: null,
    },
    tasks: [],
    wageGrowthPercent: "4.0",
    regulationMonth: 5,
    priceGrowthPercent: "3.0",
    positions: [],
    costItems: [],
    grants: [],
    financingAfterGrants: "",
    checklist: [],
    ...fields,
  };
}

/** A position as Rust's `new_position` makes it for a municipality, with the given fields
 * changed. */
export function testPosition(fields: Partial<Position> = {}): Position {
  return {
    id: "stilling-1",
    title: "Erfaringskonsulent",
    ftePercent: "100",
    annualSalary: "450000",
    start: "2027-01",
    end: null,
    holidayPayPercent: "12",
    holidayWeeks: "5",
    pensionScheme: "public",
    pensionPercent: "12",
    pensionRateConfirmed: true,
    seniorityYears: 0,
    ...fields,
  };
}

export interface FakeBackend {
  calls: { cmd: string; args: unknown }[];
  storeFile: Map<string, unknown>;
  saves: number;
  /** The language the settings hold (`remember_language` sets it). */
  language: Locale | null;
  /** The plan opened last (`remember_last_plan` sets it). */
  lastPlanId: string | null;
}

const RATES_2027: AgaRates = {
  year: 2027,
  tableYear: 2026,
  validFrom: "2026-01-01",
  source: "Skatteetaten",
  assumed: true,
  zones: [
    { zone: "1", ratePercent: "14.1" },
    { zone: "1a", ratePercent: "10.6" },
    { zone: "2", ratePercent: "10.6" },
    { zone: "3", ratePercent: "6.4" },
    { zone: "4", ratePercent: "5.1" },
    { zone: "4a", ratePercent: "7.9" },
    { zone: "5", ratePercent: "0" },
  ],
};

export function fakeBackend(
  options: {
    storeFile?: Map<string, unknown>;
    failSave?: boolean;
    /** Saving is refused: the file is from a newer version, or another window has it. */
    readOnly?: "newerVersion" | "openElsewhere";
    notice?: StoreNotice;
    /** What `import_plan_file` answers: a plan, an error report (rejected), or null (cancelled). */
    importResult?: ImportedPlan | ErrorReport | null;
    /** What `export_plan_file` answers: the path written, an error report, or null. */
    exportFileResult?: string | ErrorReport | null;
    /** `new_grant` answers only once this settles (a slow Rust side). */
    newGrantDelay?: Promise<void>;
    /** What `plan_limits` says a plan may hold in posts (Rust's is 50). */
    maxPositions?: number;
    /** The language saved in the settings at start. */
    language?: Locale;
  } = {},
): FakeBackend {
  const backend: FakeBackend = {
    calls: [],
    storeFile: options.storeFile ?? new Map<string, unknown>(),
    saves: 0,
    language: options.language ?? null,
    lastPlanId: null,
  };
  mockIPC(async (cmd, payload) => {
    const args = payload as Record<string, unknown> | undefined;
    backend.calls.push({ cmd, args });
    switch (cmd) {
      case "checklist_templates":
        return [];
      case "first_screen_shown":
        return null;
      case "settings":
        return { language: backend.language, lastPlanId: backend.lastPlanId };
      case "remember_last_plan":
        backend.lastPlanId = args?.planId as string;
        return null;
      case "remember_language":
        backend.language = args?.language as Locale;
        return null;
      case "app_info":
        return { version: "0.1.0", schemaVersion: 1 };
      case "aga_rates": {
        const year = args?.year as number;
        if (year < 2020) {
          const report: ErrorReport = {
            code: "aga.year_unsupported",
            field: "firstYear",
            message: "no rates",
            params: { year: String(year), earliest: "2020" },
          };
          // Rust rejects with the report object itself, not an Error.
          // eslint-disable-next-line @typescript-eslint/only-throw-error
          throw report;
        }
        return { ...RATES_2027, year };
      }
      case "new_plan": {
        const request = args?.request as { name: string; today: string };
        return testPlan({
          name: request.name,
          createdOn: request.today,
          firstYear: Number(request.today.slice(0, 4)) + 1,
        });
      }
      case "plan_limits":
        return {
          maxPositions: options.maxPositions ?? 50,
          maxGrants: 20,
          maxCostItems: 100,
          maxChecklistEntries: 200,
          yearsBeforePlan: 40,
        };
      case "new_checklist_entry": {
        const plan = args?.plan as Plan;
        const taken = new Set(plan.checklist.map((e) => e.id));
        let n = 1;
        while (taken.has(`egen-${n}`)) n += 1;
        return {
          id: `egen-${n}`,
          templateId: null,
          phase: args?.phase,
          title: String(args?.title).trim(),
          status: "notStarted",
          owner: "",
          due: "",
          note: "",
        };
      }
      case "salary_range":
        return {
          min: "350000",
          max: "550000",
          scaleMin: "200000",
          scaleMax: "800000",
          text: args?.locale === "en" ? "NOK 350,000–550,000" : "350 000–550 000 kr",
          source: "Erfaringssentrum",
          sourceYear: 2020,
        };
      case "evaluate_plan": {
        const plan = args?.plan as Plan;
        const errors: ErrorReport[] = [];
        if (plan.name.trim() === "") {
          errors.push({ code: "field.required", field: "name", message: "", params: {} });
        }
        if (plan.horizonYears < 1 || plan.horizonYears > 40) {
          errors.push({
            code: "field.out_of_range",
            field: "horizonYears",
            message: "",
            params: { min: "1", max: "40" },
          });
        }
        // What each step lacks, as Rust's completeness rules say it for these inputs.
        const missing: Missing[] = [];
        const lack = (kind: Missing["kind"], step: Missing["step"], field: string) => {
          missing.push({ kind, step, field, positionNumber: null, positionTitle: null });
        };
        if (plan.organisation.name.trim() === "") {
          lack("organisationName", "organisation", "organisation.name");
        }
        if (plan.positions.length === 0) lack("noPositions", "role", "positions");
        plan.positions.forEach((p, i) => {
          if (p.pensionScheme === "public" && !p.pensionRateConfirmed) {
            missing.push({
              kind: "pensionRateNotConfirmed",
              step: "salary",
              field: `positions[${i}].pensionRateConfirmed`,
              positionNumber: i + 1,
              positionTitle: p.title,
            });
          }
        });
        // No projection: the component tests check the wizard, not the figures.
        const answer: Evaluation = { errors, missing, projection: null, warnings: [] };
        return answer;
      }
      case "load_plans":
        return {
          store: backend.storeFile.get("store") ?? { schemaVersion: 2, plans: [] },
          notice: options.notice ?? null,
        };
      case "save_plans":
        if (options.failSave) throw new Error("disk full");
        if (options.readOnly) {
          const report: ErrorReport = {
            code: options.readOnly === "newerVersion" ? "store.read_only" : "store.open_elsewhere",
            field: null,
            message: "read-only",
            params: {},
          };
          // eslint-disable-next-line @typescript-eslint/only-throw-error
          throw report;
        }
        backend.storeFile.set("store", args?.store);
        backend.saves += 1;
        return null;
      case "temporary_end":
        return { end: "2027-12", grantName: null };
      case "new_position": {
        const plan = args?.plan as Plan;
        return testPosition({ id: `stilling-${plan.positions.length + 1}` });
      }
      case "new_grant": {
        const plan = args?.plan as Plan;
        await (options.newGrantDelay ?? Promise.resolve());
        const grant: Grant = {
          id: `g${plan.grants.length + 1}`,
          name: "",
          source: "",
          firstYear: plan.firstYear,
          shape: { shape: "oneOff", amount: "100000" },
          positionIds: [],
        };
        return grant;
      }
      case "import_plan_file": {
        const result = options.importResult ?? null;
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        if (result !== null && "code" in result) throw result;
        return result;
      }
      case "export_plan_file": {
        const result = options.exportFileResult ?? null;
        if (result === null) return null;
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        if (typeof result !== "string") throw result;
        return { path: result };
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return backend;
}
