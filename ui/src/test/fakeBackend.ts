/**
 * A stand-in for the Rust side in component tests, plugged in under the real IPC module with
 * `mockIPC`. It answers like the real commands for the inputs the tests use, records every call,
 * and keeps the plans file in memory. It implements the generated `Commands` interface.
 */
import { mockIPC } from "@tauri-apps/api/mocks";

import type { HolidayTerms } from "../bindings/HolidayTerms";
import type { StoredPlan } from "../bindings/StoredPlan";
import type { Comparison } from "../bindings/Comparison";
import type { AgaRates } from "../bindings/AgaRates";
import type { ErrorReport } from "../bindings/ErrorReport";
import type { Locale } from "../bindings/Locale";
import type { ImportedPlan } from "../bindings/ImportedPlan";
import type { MissingNote } from "../bindings/MissingNote";
import type { Plan } from "../bindings/Plan";
import type { Position } from "../bindings/Position";
import type { StoreNotice } from "../bindings/StoreNotice";
import type { Commands } from "../bindings/commands";
import type { Report } from "../errors";
import type { PlanStore } from "../bindings/PlanStore";

/** What the fake answers for each command: the generated interface, handler by handler. */
type Handlers = {
  [K in keyof Commands]: (
    args: Commands[K]["args"],
  ) => Commands[K]["returns"] | Promise<Commands[K]["returns"]>;
};

const PHASES = [
  "beforeAdvertising",
  "recruiting",
  "hiring",
  "firstWeeks",
  "firstYear",
  "beforeGrantEnds",
] as const;

/** An error for a command no component test needs answered. */
function unanswered(command: string): Report {
  return {
    code: "ipc.failed",
    field: null,
    message: `${command} is not faked`,
    params: { code: "ipc.failed" },
  };
}

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
/** A plan as the plans file keeps it, left on `step`, with no drafts, versions or base. */
export function testStored(
  id: string,
  plan: Plan,
  step: StoredPlan["step"],
  fields: Partial<StoredPlan> = {},
): StoredPlan {
  return {
    id,
    step,
    updatedAt: "2026-11-22T10:00:00Z",
    drafts: {},
    alternativeOf: null,
    versions: [],
    plan,
    ...fields,
  };
}

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
  sourceEn: "Norwegian Tax Administration",
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
    /** `load_plans` fails as Rust reports a plans file it cannot read. */
    failLoad?: boolean;
    /** Saving is refused: the file is from a newer version, or another window has it. */
    readOnly?: "newerVersion" | "openElsewhere";
    notice?: StoreNotice;
    /** What `import_plan_file` answers: a plan, an error report (rejected), or null (cancelled). */
    importResult?: ImportedPlan | ErrorReport | null;
    /** What `export_plan_file` answers: the path written, an error report, or null. */
    exportFileResult?: string | ErrorReport | null;
    /** `new_grant` answers only once this settles (a slow Rust side). */
    newGrantDelay?: Promise<void>;
    /** `load_plans` answers only once this settles (a slow disk). */
    loadPlansDelay?: Promise<void>;
    /** What `plan_limits` says a plan may hold in posts (Rust's is 50). */
    maxPositions?: number;
    /** The language saved in the settings at start. */
    language?: Locale;
    /** What `plan_limits` says a plan may keep in versions (Rust's is 50). */
    maxVersions?: number;
    /** The most years a plan may cover (40 in Rust). */
    maxHorizonYears?: number;
    /** The least OTP pension, percent (2 in Rust). */
    minOtpPercent?: number;
    /** What `holiday_terms` offers (none unless given). */
    holidayTerms?: HolidayTerms[];
    /** What `compare_plans` answers: a comparison, or an error report (rejected). */
    compareResult?: Comparison | ErrorReport;
  } = {},
): FakeBackend {
  const backend: FakeBackend = {
    calls: [],
    storeFile: options.storeFile ?? new Map<string, unknown>(),
    saves: 0,
    language: options.language ?? null,
    lastPlanId: null,
  };
  /** Rejects as Rust does: with the error report itself, not an Error. */
  const reject = (report: Report): never => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw report;
  };
  // One handler per command Rust registers, typed by the generated `Commands`: a command added
  // or changed in Rust is a type error here until the fake answers it the same way.
  const handlers: Handlers = {
    checklist_templates: () => [],
    first_screen_ready: () => null,
    first_screen_shown: () => null,
    settings: () => ({ language: backend.language, lastPlanId: backend.lastPlanId }),
    remember_last_plan: ({ planId }) => {
      backend.lastPlanId = planId;
      return null;
    },
    remember_language: ({ language }) => {
      backend.language = language;
      return null;
    },
    app_info: () => ({
      version: "0.1.0",
      schemaVersion: 1,
      dataFolder: "/home/hr/.local/share/no.erfaringsplan.desktop",
      licences: [{ name: "Erfaringsplan", licence: "MIT" }],
    }),
    open_data_folder: () => null,
    aga_rates: ({ year }) =>
      year < 2020
        ? reject({
            code: "aga.year_unsupported",
            field: "firstYear",
            message: "no rates",
            params: { year: String(year), earliest: "2020" },
          })
        : { ...RATES_2027, year },
    example_plan: ({ today }) =>
      testPlan({
        name: `Erfaringskonsulenter i Bydel Nord ${String(Number(today.slice(0, 4)) + 1)}`,
        createdOn: today,
        firstYear: Number(today.slice(0, 4)) + 1,
        positions: [testPosition()],
      }),
    new_plan: ({ request }) =>
      testPlan({
        name: request.name,
        createdOn: request.today,
        firstYear: Number(request.today.slice(0, 4)) + 1,
      }),
    alternative_name: ({ base, taken }) => {
      for (let n = 2; ; n++) {
        const name = `${base.trim()} – alternativ ${String.fromCharCode(64 + n)}`;
        if (!taken.includes(name)) return name;
      }
    },
    plan_limits: () => ({
      maxPositions: options.maxPositions ?? 50,
      maxGrants: 20,
      maxCostItems: 100,
      maxVersions: options.maxVersions ?? 50,
      maxCompared: 4,
      minHorizonYears: 1,
      maxHorizonYears: options.maxHorizonYears ?? 40,
      minFtePercent: 1,
      maxFtePercent: 100,
      minOtpPercent: options.minOtpPercent ?? 2,
      maxVersionLabelChars: 120,
      maxChecklistEntries: 200,
      yearsBeforePlan: 40,
    }),
    new_checklist_entry: ({ plan, phase, title }) => {
      const taken = new Set(plan.checklist.map((e) => e.id));
      let n = 1;
      while (taken.has(`egen-${n}`)) n += 1;
      return {
        id: `egen-${n}`,
        templateId: null,
        phase,
        title: title.trim(),
        status: "notStarted",
        owner: "",
        due: "",
        note: "",
      };
    },
    salary_range: ({ locale }) => ({
      min: "350000",
      max: "550000",
      scaleMin: "200000",
      scaleMax: "800000",
      text: locale === "en" ? "NOK 350,000–550,000" : "350 000–550 000 kr",
      source: "Erfaringssentrum",
      sourceYear: 2020,
    }),
    evaluate_plan: ({ plan, typing }) => {
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
      const missing: MissingNote[] = [];
      const lack = (
        kind: MissingNote["missing"]["kind"],
        step: MissingNote["missing"]["step"],
        field: string,
        text: string,
      ) => {
        missing.push({
          missing: { kind, step, field, positionNumber: null, positionTitle: null },
          text,
        });
      };
      if (plan.organisation.name.trim() === "") {
        lack(
          "organisationName",
          "organisation",
          "organisation.name",
          "Navnet på virksomheten eller enheten, som skal stå på ansettelsesplanen.",
        );
      }
      if (plan.positions.length === 0) {
        lack("noPositions", "role", "positions", "Minst én stilling. Planen har ingen ennå.");
      }
      plan.positions.forEach((p, i) => {
        if (p.pensionScheme === "public" && !p.pensionRateConfirmed) {
          missing.push({
            missing: {
              kind: "pensionRateNotConfirmed",
              step: "salary",
              field: `positions[${i}].pensionRateConfirmed`,
              positionNumber: i + 1,
              positionTitle: p.title,
            },
            text: `Pensjonssatsen for stilling ${i + 1} (${p.title}) er ikke bekreftet med pensjonsleverandøren.`,
          });
        }
      });
      // No projection: the component tests check the wizard, not the figures.
      return {
        errors,
        missing,
        projection: null,
        warnings: [],
        summaryFigures: [],
        // As Rust says it for these inputs: a salary still being typed holds back its post's
        // band and cost; otherwise the band is there (its geometry does not matter here).
        positions: plan.positions.map((p, i) => {
          const salary = `positions[${String(i)}].annualSalary`;
          const waiting = typing.includes(salary);
          return {
            positionId: p.id,
            band: waiting
              ? null
              : {
                  positionId: p.id,
                  rangeStartPercent: "25",
                  rangeEndPercent: "58.33",
                  markerPercent: "41.67",
                  inside: true,
                },
            cost: null,
            waitingFor: waiting ? [salary] : [],
          };
        }),
        // As Rust counts it (model/checklist.rs::progress): done of those that apply.
        checklist: PHASES.map((phase) => {
          const of = plan.checklist.filter((e) => e.phase === phase);
          return {
            phase,
            done: of.filter((e) => e.status === "done").length,
            relevant: of.filter((e) => e.status !== "notRelevant").length,
          };
        }),
      };
    },
    project_plan: () => reject(unanswered("project_plan")),
    portfolio: () => reject(unanswered("portfolio")),
    what_if: () => [],
    stressed_plan: ({ plan }) => plan,
    compare_plans: () => {
      const result = options.compareResult ?? unanswered("compare_plans");
      return "code" in result ? reject(result) : result;
    },
    load_plans: async () => {
      await (options.loadPlansDelay ?? Promise.resolve());
      if (options.failLoad) {
        return reject({
          code: "store.load_failed",
          field: null,
          message: "the plans could not be read: Permission denied (os error 13)",
          params: {},
        });
      }
      return {
        store: (backend.storeFile.get("store") as PlanStore | undefined) ?? {
          schemaVersion: 3,
          plans: [],
        },
        notice: options.notice ?? null,
      };
    },
    save_plans: ({ store }) => {
      if (options.failSave) {
        // As Rust reports a full disk when it saves the plans.
        return reject({
          code: "store.save_failed",
          field: null,
          message: "the plans could not be saved: No space left on device",
          params: {},
        });
      }
      if (options.readOnly) {
        return reject({
          code: options.readOnly === "newerVersion" ? "store.read_only" : "store.open_elsewhere",
          field: null,
          message: "read-only",
          params: {},
        });
      }
      backend.storeFile.set("store", store);
      backend.saves += 1;
      return null;
    },
    temporary_end: () => ({ end: "2027-12", grantName: null }),
    new_position: ({ plan }) => testPosition({ id: `stilling-${plan.positions.length + 1}` }),
    new_grant: async ({ plan }) => {
      await (options.newGrantDelay ?? Promise.resolve());
      return {
        id: `g${plan.grants.length + 1}`,
        name: "",
        source: "",
        firstYear: plan.firstYear,
        shape: { shape: "oneOff", amount: "100000" },
        positionIds: [],
      };
    },
    new_cost_item: ({ plan, category }) => ({
      id: `kostnad-${plan.costItems.length + 1}`,
      name: "Kostnad",
      category,
      basis: { basis: "perYear", amount: "5000" },
      firstYear: null,
      lastYear: null,
      internal: false,
      includeInternalCost: false,
      positionId: null,
      perPosition: false,
    }),
    switch_cost_basis: () => reject(unanswered("switch_cost_basis")),
    holiday_terms: () => options.holidayTerms ?? [],
    import_plan_file: () => {
      const result = options.importResult ?? null;
      return result !== null && "code" in result ? reject(result) : result;
    },
    export_plan_file: () => {
      const result = options.exportFileResult ?? null;
      if (result === null) return null;
      return typeof result === "string" ? { path: result } : reject(result);
    },
    export_pdf: () => null,
    export_comparison_pdf: ({ plans }) => ({
      path: `/home/hr/sammenligning-${plans[0]?.name ?? ""}.pdf`,
    }),
    export_xlsx: () => null,
    export_comparison_xlsx: ({ plans }) => ({
      path: `/home/hr/sammenligning-${plans[0]?.name ?? ""}.xlsx`,
    }),
    export_portfolio_xlsx: () => ({ path: "/home/hr/alle-planene.xlsx" }),
    export_portfolio_pdf: () => ({ path: "/home/hr/alle-planene.pdf" }),
    open_exported_file: () => null,
  };
  mockIPC(async (cmd, payload) => {
    backend.calls.push({ cmd, args: payload });
    if (!(cmd in handlers)) throw new Error(`unexpected command ${cmd}`);
    const handler = handlers[cmd as keyof Commands] as (args: unknown) => unknown;
    return await handler(payload ?? {});
  });
  return backend;
}
