// Generated from the #[tauri::command] functions by src-tauri/tests/commands.rs. Do not edit
// this file by hand: run `cargo test -p erfaringsplan --test commands`.

import type { AgaRates } from "./AgaRates";
import type { AppInfo } from "./AppInfo";
import type { ChecklistEntry } from "./ChecklistEntry";
import type { ChecklistPhase } from "./ChecklistPhase";
import type { ChecklistTemplate } from "./ChecklistTemplate";
import type { Comparison } from "./Comparison";
import type { CostBasis } from "./CostBasis";
import type { CostBasisKind } from "./CostBasisKind";
import type { CostCategory } from "./CostCategory";
import type { CostItem } from "./CostItem";
import type { Evaluation } from "./Evaluation";
import type { ExportKind } from "./ExportKind";
import type { ExportRequest } from "./ExportRequest";
import type { ExportedFile } from "./ExportedFile";
import type { Grant } from "./Grant";
import type { GrantKind } from "./GrantKind";
import type { HolidayTerms } from "./HolidayTerms";
import type { ImportedPlan } from "./ImportedPlan";
import type { LoadedPlans } from "./LoadedPlans";
import type { Locale } from "./Locale";
import type { NewPlanRequest } from "./NewPlanRequest";
import type { Plan } from "./Plan";
import type { PlanFileExport } from "./PlanFileExport";
import type { PlanLimits } from "./PlanLimits";
import type { PlanStore } from "./PlanStore";
import type { PlanToCompare } from "./PlanToCompare";
import type { Portfolio } from "./Portfolio";
import type { Position } from "./Position";
import type { Projection } from "./Projection";
import type { SalaryRange } from "./SalaryRange";
import type { Scenario } from "./Scenario";
import type { Settings } from "./Settings";
import type { StartupReport } from "./StartupReport";
import type { StressResult } from "./StressResult";
import type { TemporaryEnd } from "./TemporaryEnd";

/** Every command the app registers: the arguments the webview sends, and what it returns. */
export interface Commands {
  aga_rates: { args: { year: number }; returns: AgaRates };
  alternative_name: { args: { locale: Locale; base: string; taken: string[] }; returns: string };
  app_info: { args: Record<string, never>; returns: AppInfo };
  checklist_templates: { args: Record<string, never>; returns: ChecklistTemplate[] };
  compare_plans: { args: { plans: PlanToCompare[]; locale: Locale }; returns: Comparison };
  evaluate_plan: { args: { plan: Plan; locale: Locale; typing: string[] }; returns: Evaluation };
  example_plan: { args: { today: string }; returns: Plan };
  export_comparison_pdf: { args: { plans: PlanToCompare[]; request: ExportRequest }; returns: ExportedFile | null };
  export_comparison_xlsx: { args: { plans: PlanToCompare[]; request: ExportRequest }; returns: ExportedFile | null };
  export_pdf: { args: { plan: Plan; request: ExportRequest }; returns: ExportedFile | null };
  export_plan_file: { args: { plan: Plan }; returns: PlanFileExport | null };
  export_portfolio_xlsx: { args: { plans: PlanToCompare[]; request: ExportRequest }; returns: ExportedFile | null };
  export_xlsx: { args: { plan: Plan; request: ExportRequest }; returns: ExportedFile | null };
  first_screen_ready: { args: Record<string, never>; returns: null };
  first_screen_shown: { args: { report: StartupReport }; returns: null };
  holiday_terms: { args: Record<string, never>; returns: HolidayTerms[] };
  import_plan_file: { args: Record<string, never>; returns: ImportedPlan | null };
  load_plans: { args: Record<string, never>; returns: LoadedPlans };
  new_checklist_entry: { args: { plan: Plan; phase: ChecklistPhase; title: string }; returns: ChecklistEntry };
  new_cost_item: { args: { plan: Plan; category: CostCategory }; returns: CostItem };
  new_grant: { args: { plan: Plan; kind: GrantKind }; returns: Grant };
  new_plan: { args: { request: NewPlanRequest }; returns: Plan };
  new_position: { args: { plan: Plan }; returns: Position };
  open_data_folder: { args: Record<string, never>; returns: null };
  open_exported_file: { args: { kind: ExportKind }; returns: null };
  plan_limits: { args: Record<string, never>; returns: PlanLimits };
  portfolio: { args: { plans: PlanToCompare[]; locale: Locale }; returns: Portfolio };
  project_plan: { args: { plan: Plan }; returns: Projection };
  remember_language: { args: { language: Locale }; returns: null };
  remember_last_plan: { args: { planId: string }; returns: null };
  salary_range: { args: { locale: Locale }; returns: SalaryRange };
  save_plans: { args: { store: PlanStore }; returns: null };
  settings: { args: Record<string, never>; returns: Settings };
  stressed_plan: { args: { plan: Plan; scenario: Scenario }; returns: Plan };
  switch_cost_basis: { args: { basis: CostBasis; to: CostBasisKind }; returns: CostBasis };
  temporary_end: { args: { plan: Plan; positionId: string }; returns: TemporaryEnd };
  what_if: { args: { plan: Plan; locale: Locale }; returns: StressResult[] };
}
