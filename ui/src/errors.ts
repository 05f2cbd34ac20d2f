/** Words for the error codes that come from Rust, in the active language. */
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ErrorReport } from "./bindings/ErrorReport";
import { fieldLabel } from "./fieldPaths";
import { formatNok } from "./format";
import type { Translate } from "./i18n";
import type { MessageKey } from "./i18n/messages";

/**
 * Codes the UI gives itself: typing errors found before a value reaches Rust, and a call that
 * failed without a report from Rust (its text is the `code` param).
 */
export type UiCode =
  | "input.required"
  | "input.not_a_number"
  | "input.not_an_amount"
  | "input.too_many_decimals"
  | "input.lookalike"
  | "input.not_an_integer"
  | "input.not_whole"
  | "input.negative"
  | "ipc.failed";

/** Every code the UI words: Rust's (generated) and its own. */
export type Code = ErrorCode | UiCode;

/** An error report as the UI holds it: one from Rust, or one the UI made itself. */
export type Report = Omit<ErrorReport, "code"> & { code: Code };

// A code Rust adds is a compile error here until it has its words.
const CODE_KEYS: { readonly [C in Code]: MessageKey } = {
  "field.required": "error.field.required",
  "field.too_long": "error.field.too_long",
  "field.control_character": "error.field.control_character",
  "field.tab": "error.field.tab",
  "field.line_break": "error.field.line_break",
  "field.direction_character": "error.field.direction_character",
  "field.invisible_character": "error.field.invisible_character",
  "field.out_of_range": "error.field.out_of_range",
  "field.invalid_date": "error.field.invalid_date",
  "aga.year_unsupported": "error.aga.year_unsupported",
  "internal.rate_table": "error.internal.rate_table",
  "field.negative": "error.field.negative",
  "field.zero": "error.field.zero",
  "field.too_large": "error.field.too_large",
  "field.below_minimum": "error.field.below_minimum",
  "field.too_precise": "error.field.too_precise",
  "field.end_before_start": "error.field.end_before_start",
  "field.too_many": "error.field.too_many",
  "field.outside_horizon": "error.field.outside_horizon",
  "field.unknown_position": "error.field.unknown_position",
  "field.duplicate_id": "error.field.duplicate_id",
  "field.invalid_code": "error.field.invalid_code",
  "plan.invalid_file": "error.plan.invalid_file",
  "plan.file_too_large": "error.plan.file_too_large",
  "plan.not_json": "error.plan.not_json",
  "plan.newer_version": "error.plan.newer_version",
  "plan.unknown_field": "error.plan.unknown_field",
  "output.is_input": "error.output.is_input",
  "import.not_found": "error.import.not_found",
  "import.permission_denied": "error.import.permission_denied",
  "import.read_failed": "error.import.read_failed",
  "import.not_a_file": "error.import.not_a_file",
  "import.not_local": "error.import.not_local",
  "internal.overflow": "error.internal.overflow",
  "internal.task": "error.internal.task",
  "store.read_only": "error.store.read_only",
  "store.open_elsewhere": "error.store.open_elsewhere",
  "store.no_folder": "error.store.no_folder",
  "store.load_failed": "error.store.load_failed",
  "store.save_permission_denied": "error.store.save_permission_denied",
  "store.save_failed": "error.store.save_failed",
  "pdf.render": "error.pdf.render",
  "xlsx.render": "error.xlsx.render",
  "compare.count": "error.compare.count",
  // Worded with its cause in `errorText`.
  "compare.plan_invalid": "compare.planInvalid",
  "export.folder_missing": "error.export.folder_missing",
  "export.permission_denied": "error.export.permission_denied",
  "export.write_failed": "error.export.write_failed",
  "export.in_use": "error.export.in_use",
  "export.read_only": "error.export.read_only",
  "export.blocked_folder": "error.export.blocked_folder",
  "export.not_a_file": "error.export.not_a_file",
  "export.app_file": "error.export.app_file",
  "export.open_failed": "error.export.open_failed",
  "export.nothing_to_open": "error.export.nothing_to_open",
  // Typing errors found in the UI before a value reaches Rust.
  "input.required": "field.required.number",
  "input.not_a_number": "field.notANumber.decimal",
  "input.not_an_amount": "field.notANumber.amount",
  "input.too_many_decimals": "field.tooManyDecimals",
  "input.lookalike": "field.lookalike",
  "input.not_an_integer": "field.notANumber",
  "input.not_whole": "field.notWhole",
  "input.negative": "error.field.negative",
  "ipc.failed": "error.unknown",
};

/** Whether Rust's report `code` is one the UI knows (a report from a newer or foreign sender). */
export function isKnownCode(code: string): code is Code {
  return Object.hasOwn(CODE_KEYS, code);
}

/** The message for one error report, naming the field it is about. */
export function errorText(report: Report, t: Translate): string {
  // A plan file that is JSON but not a plan at all has no field to name.
  if (report.code === "plan.invalid_file" && !report.field) {
    return t("error.plan.invalid_file_whole");
  }
  // One of the compared plans has an error: its own, worded as beside its field, after its name.
  if (report.code === "compare.plan_invalid") {
    const cause = report.params.cause ?? "";
    return t("compare.planInvalid", {
      name: report.params.name ?? "",
      cause: errorText(
        isKnownCode(cause)
          ? { ...report, code: cause }
          : { ...report, code: "ipc.failed", params: { code: cause } },
        t,
      ),
    });
  }
  const key = CODE_KEYS[report.code];
  const label = report.field ? fieldLabel(report.field, t) : "";
  const params: Record<string, string> = { ...report.params };
  // The largest amount a field takes is an amount of kroner: "10 000 000 kr", not "10000000".
  if (report.code === "field.too_large" && params.max !== undefined) {
    params.max = formatNok(params.max, t.locale);
  }
  return t(key, { ...params, label });
}
