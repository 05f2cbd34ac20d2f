//! Every error code a command can report, engine and app alike: the one list the UI's words are
//! checked against. The UI gets it as a union type (`ui/src/bindings/ErrorCode.ts`), so a code
//! added here is a compile error there until it has its words. Never change a published code's
//! string; add a new one.

/// Declares [`ErrorCode`] with each code's string once: serde, ts-rs and [`ErrorCode::as_str`]
/// all take it from here.
macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $name:ident = $code:literal,)*) => {
        /// A stable, machine-readable code for what failed.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS,
        )]
        #[ts(export)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* #[serde(rename = $code)] $name,)*
        }

        impl ErrorCode {
            /// Every code, in the order declared.
            pub const ALL: &'static [ErrorCode] = &[$(Self::$name,)*];

            /// The code as it crosses a boundary: `field.required`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$name => $code,)*
                }
            }
        }
    };
}

error_codes! {
    // A field of the plan (the report names it).
    FieldRequired = "field.required",
    FieldTooLong = "field.too_long",
    FieldControlCharacter = "field.control_character",
    FieldTab = "field.tab",
    FieldLineBreak = "field.line_break",
    FieldDirectionCharacter = "field.direction_character",
    FieldInvisibleCharacter = "field.invisible_character",
    FieldOutOfRange = "field.out_of_range",
    FieldInvalidDate = "field.invalid_date",
    FieldNegative = "field.negative",
    FieldZero = "field.zero",
    FieldTooLarge = "field.too_large",
    FieldBelowMinimum = "field.below_minimum",
    FieldTooPrecise = "field.too_precise",
    FieldEndBeforeStart = "field.end_before_start",
    FieldTooMany = "field.too_many",
    FieldOutsideHorizon = "field.outside_horizon",
    FieldUnknownPosition = "field.unknown_position",
    FieldDuplicateId = "field.duplicate_id",
    /// A budget code (art or function) that is not digits and letters.
    FieldInvalidCode = "field.invalid_code",
    /// No employer-contribution rates for the plan's first year.
    AgaYearUnsupported = "aga.year_unsupported",
    // A plan file as read (import, the command line).
    PlanInvalidFile = "plan.invalid_file",
    PlanFileTooLarge = "plan.file_too_large",
    PlanNotJson = "plan.not_json",
    PlanNewerVersion = "plan.newer_version",
    /// A warning, not an error: the command line left out a field this version does not know.
    PlanUnknownField = "plan.unknown_field",
    // Documents.
    /// The command line was asked to write over one of its inputs.
    OutputIsInput = "output.is_input",
    PdfRender = "pdf.render",
    XlsxRender = "xlsx.render",
    CompareCount = "compare.count",
    /// One of the compared plans has an error; its own code is the `cause` param.
    ComparePlanInvalid = "compare.plan_invalid",
    InternalOverflow = "internal.overflow",
    InternalRateTable = "internal.rate_table",
    // The app's own (src-tauri/src/error.rs): files the user chose, and the plans file.
    /// A background task stopped before it answered.
    InternalTask = "internal.task",
    ImportNotFound = "import.not_found",
    ImportPermissionDenied = "import.permission_denied",
    ImportReadFailed = "import.read_failed",
    /// The chosen path is a folder, a device or a pipe.
    ImportNotAFile = "import.not_a_file",
    /// The open dialog gave something that is not a file on this computer.
    ImportNotLocal = "import.not_local",
    ExportFolderMissing = "export.folder_missing",
    ExportPermissionDenied = "export.permission_denied",
    ExportWriteFailed = "export.write_failed",
    ExportInUse = "export.in_use",
    ExportReadOnly = "export.read_only",
    ExportBlockedFolder = "export.blocked_folder",
    /// The save dialog gave something that is not a file on this computer.
    ExportNotAFile = "export.not_a_file",
    ExportAppFile = "export.app_file",
    ExportOpenFailed = "export.open_failed",
    ExportNothingToOpen = "export.nothing_to_open",
    /// The plans are from a newer version and are never written here.
    StoreReadOnly = "store.read_only",
    StoreOpenElsewhere = "store.open_elsewhere",
    /// The folder the plans are kept in could not be found or made.
    StoreNoFolder = "store.no_folder",
    /// The plans file could not be read (it is left as it was).
    StoreLoadFailed = "store.load_failed",
    /// Saving the plans was refused by the system.
    StoreSavePermissionDenied = "store.save_permission_denied",
    /// Saving the plans failed for another reason (a full disk); the previous save is kept.
    StoreSaveFailed = "store.save_failed",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ErrorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn each_code_is_spelled_once_and_crosses_as_its_string() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::json!(code.as_str())
            );
            let back: ErrorCode = serde_json::from_value(serde_json::json!(code.as_str())).unwrap();
            assert_eq!(back, *code);
            let (area, what) = code.as_str().split_once('.').unwrap();
            assert!(
                !area.is_empty() && !what.is_empty() && !what.contains('.'),
                "{code}"
            );
        }
    }
}
