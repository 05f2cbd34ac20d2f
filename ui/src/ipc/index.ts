/**
 * The one place the UI talks to Rust. Every command has a typed wrapper here, checked against
 * `Commands` (generated from the Rust commands themselves, with the types in `../bindings`), and
 * a rejected call becomes an `IpcError` carrying the code, so callers branch on the code and
 * never on text. Component tests plug a fake implementing the same `Commands` in underneath.
 */
import { invoke } from "@tauri-apps/api/core";

import type { Code, Report } from "../errors";
import { isKnownCode } from "../errors";
import type { NewPlanRequest } from "../bindings/NewPlanRequest";
import type { Plan } from "../bindings/Plan";
import type { CostBasis } from "../bindings/CostBasis";
import type { CostBasisKind } from "../bindings/CostBasisKind";
import type { PlanStore } from "../bindings/PlanStore";
import type { CostCategory } from "../bindings/CostCategory";
import type { GrantKind } from "../bindings/GrantKind";
import type { ExportKind } from "../bindings/ExportKind";
import type { ExportRequest } from "../bindings/ExportRequest";
import type { ChecklistPhase } from "../bindings/ChecklistPhase";
import type { Locale } from "../bindings/Locale";
import type { Commands } from "../bindings/commands";
import type { PlanToCompare } from "../bindings/PlanToCompare";
import type { Scenario } from "../bindings/Scenario";
import type { StartupReport } from "../bindings/StartupReport";

export class IpcError extends Error {
  readonly code: Code;
  readonly field: string | null;
  readonly params: Readonly<Record<string, string>>;

  constructor(report: Report) {
    super(report.message);
    this.name = "IpcError";
    this.code = report.code;
    this.field = report.field;
    this.params = report.params;
  }

  report(): Report {
    return { code: this.code, field: this.field, message: this.message, params: this.params };
  }
}

/** An error report as it may arrive: older or foreign senders may leave out field and params. */
interface LooseErrorReport {
  code: string;
  message: string;
  field?: string | null;
  params?: Record<string, string>;
}

function isErrorReport(value: unknown): value is LooseErrorReport {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** Turns whatever a rejected call gave into an `IpcError`; plugins reject with bare strings. */
export function toIpcError(reason: unknown): IpcError {
  if (reason instanceof IpcError) return reason;
  if (isErrorReport(reason)) {
    const { code, message } = reason;
    const field = reason.field ?? null;
    // A code this version does not know (a newer sender) is said as it came.
    return isKnownCode(code)
      ? new IpcError({ code, field, message, params: reason.params ?? {} })
      : new IpcError({ code: "ipc.failed", field, message, params: { code } });
  }
  const message = reason instanceof Error ? reason.message : String(reason);
  return new IpcError({ code: "ipc.failed", field: null, message, params: { code: "ipc.failed" } });
}

type Command = keyof Commands;
/** The arguments of `K`, or none for a command that takes none. */
type ArgsOf<K extends Command> =
  Commands[K]["args"] extends Record<string, never> ? [] : [Commands[K]["args"]];

/** Calls Rust. Names, arguments and results are checked against the generated `Commands`. */
async function call<K extends Command>(
  command: K,
  ...args: ArgsOf<K>
): Promise<Commands[K]["returns"]> {
  try {
    return await invoke<Commands[K]["returns"]>(command, args[0]);
  } catch (reason) {
    throw toIpcError(reason);
  }
}

export const appInfo = () => call("app_info");
/** Opens the folder the plans are kept in, in the system's file manager. */
export const openDataFolder = () => call("open_data_folder");
/** Tells Rust the first screen is in the page: it shows the window, hidden until then. */
export const firstScreenReady = () => call("first_screen_ready");
/** Tells Rust the first screen is painted, with the moments on the way there (for the start-up
 * measurement). */
export const firstScreenShown = (report: StartupReport) => call("first_screen_shown", { report });
export const agaRates = (year: number) => call("aga_rates", { year });
export const newPlan = (request: NewPlanRequest) => call("new_plan", { request });
/** The example plan, from the year after `today` (YYYY-MM-DD). */
export const examplePlan = (today: string) => call("example_plan", { today });
/** Everything the wizard shows after a change, from one call: errors, what is missing, and the
 * figures with their warnings worded in `locale`. `typing` names the fields whose text is not a
 * value yet; the figures that depend on them wait for them. */
export const evaluatePlan = (plan: Plan, locale: Locale, typing: readonly string[] = []) =>
  call("evaluate_plan", { plan, locale, typing: [...typing] });
/** The usual salary range at 100 %, worded in `locale`, with its source. */
export const salaryRange = (locale: Locale) => call("salary_range", { locale });
export const projectPlan = (plan: Plan) => call("project_plan", { plan });
export const newPosition = (plan: Plan) => call("new_position", { plan });
/** Where a post ends when it is made temporary: with its last grant, or after a year. */
export const temporaryEnd = (plan: Plan, positionId: string) =>
  call("temporary_end", { plan, positionId });
export const newGrant = (plan: Plan, kind: GrantKind) => call("new_grant", { plan, kind });
export const newCostItem = (plan: Plan, category: CostCategory) =>
  call("new_cost_item", { plan, category });
/** `basis` made up another way, keeping the yearly amount where Rust can say it exactly. */
export const switchCostBasis = (basis: CostBasis, to: CostBasisKind) =>
  call("switch_cost_basis", { basis, to });
export const holidayTerms = () => call("holiday_terms");
export const checklistTemplates = () => call("checklist_templates");
/** Renders the plan as a PDF and saves it where the user chooses in the native dialog (Rust
 * opens it); `null` when the user cancels. */
export const exportPdf = (plan: Plan, request: ExportRequest) =>
  call("export_pdf", { plan, request });
/** «Last ned regneark»: the plan as a live workbook (.xlsx), saved where the user chooses in the
 * native dialog (Rust opens it); `null` when the user cancels. */
export const exportXlsx = (plan: Plan, request: ExportRequest) =>
  call("export_xlsx", { plan, request });
/** «Sammenligning av alternativer» as a PDF: Rust compares `plans` (the first is the base),
 * renders the document and writes it where the user chooses; `null` when the user cancels. */
export const exportComparisonPdf = (plans: PlanToCompare[], request: ExportRequest) =>
  call("export_comparison_pdf", { plans, request });
/** The comparison as a workbook (a sheet per plan and the comparison sheet), saved where the
 * user chooses; `null` when the user cancels. */
export const exportComparisonXlsx = (plans: PlanToCompare[], request: ExportRequest) =>
  call("export_comparison_xlsx", { plans, request });
/** «Alle planene samlet» as a workbook (a sheet per plan and one adding them up), saved where
 * the user chooses; `null` when the user cancels. */
export const exportPortfolioXlsx = (plans: PlanToCompare[], request: ExportRequest) =>
  call("export_portfolio_xlsx", { plans, request });
/** «Alle planene samlet» as a PDF, saved where the user chooses; `null` when the user cancels. */
export const exportPortfolioPdf = (plans: PlanToCompare[], request: ExportRequest) =>
  call("export_portfolio_pdf", { plans, request });
/** Opens the file of `kind` saved last in this session in the system's viewer for it. */
export const openExportedFile = (kind: ExportKind) => call("open_exported_file", { kind });

/** Asks for a plan file in the native dialog (Rust opens it) and reads it: at most 5 MB,
 * checked field by field, unknown fields listed. `null` when the user cancels. */
export const importPlanFile = () => call("import_plan_file");
/** Saves one plan as a `.json` file where the user chooses; `null` when the user cancels. */
export const exportPlanFile = (plan: Plan) => call("export_plan_file", { plan });

/** Every stored plan, read by Rust: a damaged file is moved aside with what can be read kept,
 * and a file from a newer version is opened read-only; `notice` says which. */
export const loadPlans = () => call("load_plans");

/** Saves every plan. Rust writes the file atomically and keeps the previous generation. */
export const savePlans = (store: PlanStore) => call("save_plans", { store });

/** The app's settings kept between sessions (Rust keeps them through the store plugin). */
export const settings = () => call("settings");
/** Remembers the language the user chose, for the next start. */
export const rememberLanguage = (language: Locale) => call("remember_language", { language });
/** Remembers the plan just opened, so the plan list can offer it after a restart. */
export const rememberLastPlan = (planId: string) => call("remember_last_plan", { planId });

/** What a plan may hold (Rust's limits). */
export const planLimits = () => call("plan_limits");
export const comparePlans = (plans: PlanToCompare[], locale: Locale) =>
  call("compare_plans", { plans, locale });
export const whatIf = (plan: Plan, locale: Locale) => call("what_if", { plan, locale });
/** «Alle planene samlet»: the plans added up by Rust; a plan with errors comes back left out. */
export const portfolio = (plans: PlanToCompare[], locale: Locale) =>
  call("portfolio", { plans, locale });
export const stressedPlan = (plan: Plan, scenario: Scenario) =>
  call("stressed_plan", { plan, scenario });
export const alternativeName = (locale: Locale, base: string, taken: string[]) =>
  call("alternative_name", { locale, base, taken });
/** The user's own checklist item, with an id Rust picks. */
export const newChecklistEntry = (plan: Plan, phase: ChecklistPhase, title: string) =>
  call("new_checklist_entry", { plan, phase, title });
