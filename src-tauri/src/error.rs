//! What a command can fail with. It reaches the UI as an [`ErrorReport`] `{code, field, message}`
//! so the UI branches on the code and words the message itself.

use erfaringsplan_engine::{
    store::atomic_file::{self, Refused},
    EngineError, ErrorCode, ErrorReport,
};
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// Writing a file failed; nothing was overwritten (writes are atomic).
    #[error("the file could not be written: {0}")]
    Write(#[source] std::io::Error),
    /// The folder the plans are kept in could not be found or made.
    #[error("the folder for the plans could not be found or made: {0}")]
    NoDataFolder(String),
    /// Reading the plans file failed; it was left as it was.
    #[error("the plans could not be read: {0}")]
    LoadPlans(#[source] std::io::Error),
    /// Saving the plans failed; the previous save is kept (the write is atomic).
    #[error("the plans could not be saved: {0}")]
    SavePlans(#[source] std::io::Error),
    /// The chosen file is one of the app's own (the plans file, its backup): an export there
    /// would replace the plans it was made from.
    #[error("the chosen file is one of Erfaringsplan's own files")]
    AppFile,
    /// The save dialog gave something that is not a local file.
    #[error("the chosen place is not a file on this computer")]
    NotAFile,
    /// The open dialog gave something that is not a local file.
    #[error("the chosen file is not on this computer")]
    NotLocal,
    #[error("the file could not be opened: {0}")]
    Open(String),
    #[error("no file of this kind has been exported in this session")]
    NothingToOpen,
    #[error("a background task stopped unexpectedly")]
    Task,
    /// Reading a chosen file failed.
    #[error("the file could not be read: {0}")]
    Read(#[source] std::io::Error),
    /// The chosen path is a folder, a device or a pipe.
    #[error("the chosen path is not an ordinary file")]
    NotARegularFile,
    /// The plans file comes from a newer version and is never overwritten.
    #[error("the plans were saved by a newer version and are read-only here")]
    ReadOnly,
    /// Another Erfaringsplan has the same plans open and is the one that saves them.
    #[error("the plans are open in another Erfaringsplan window and are read-only here")]
    OpenElsewhere,
}

impl CommandError {
    fn code(&self) -> ErrorCode {
        use std::io::ErrorKind;
        match self {
            Self::Engine(e) => e.code(),
            Self::Write(e) if in_use(e) => ErrorCode::ExportInUse,
            // Windows' «access denied», told apart: each needs its own action from the user.
            Self::Write(e) => match (atomic_file::refused(e), e.kind()) {
                (Some(Refused::ReadOnlyFile), _) => ErrorCode::ExportReadOnly,
                (Some(Refused::FolderBlocked), _) => ErrorCode::ExportBlockedFolder,
                (None, kind) => match kind {
                    ErrorKind::NotFound => ErrorCode::ExportFolderMissing,
                    ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                        ErrorCode::ExportPermissionDenied
                    }
                    _ => ErrorCode::ExportWriteFailed,
                },
            },
            Self::NotAFile => ErrorCode::ExportNotAFile,
            Self::AppFile => ErrorCode::ExportAppFile,
            Self::Read(e) => match e.kind() {
                ErrorKind::NotFound => ErrorCode::ImportNotFound,
                ErrorKind::PermissionDenied => ErrorCode::ImportPermissionDenied,
                _ => ErrorCode::ImportReadFailed,
            },
            Self::NotARegularFile => ErrorCode::ImportNotAFile,
            Self::NotLocal => ErrorCode::ImportNotLocal,
            Self::Open(_) => ErrorCode::ExportOpenFailed,
            Self::NothingToOpen => ErrorCode::ExportNothingToOpen,
            Self::Task => ErrorCode::InternalTask,
            Self::ReadOnly => ErrorCode::StoreReadOnly,
            Self::OpenElsewhere => ErrorCode::StoreOpenElsewhere,
            Self::NoDataFolder(_) => ErrorCode::StoreNoFolder,
            Self::LoadPlans(_) => ErrorCode::StoreLoadFailed,
            Self::SavePlans(e) => match (atomic_file::refused(e), e.kind()) {
                (Some(_), _)
                | (None, ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem) => {
                    ErrorCode::StoreSavePermissionDenied
                }
                (None, _) => ErrorCode::StoreSaveFailed,
            },
        }
    }
}

/// The chosen file cannot be replaced because it is in use or is not a file: open in Excel
/// (on Windows the atomic write reports a target another program holds as busy), or a folder by
/// that name.
fn in_use(err: &std::io::Error) -> bool {
    matches!(
        err.kind(),
        std::io::ErrorKind::ResourceBusy | std::io::ErrorKind::IsADirectory
    )
}

impl From<&CommandError> for ErrorReport {
    fn from(err: &CommandError) -> Self {
        match err {
            CommandError::Engine(e) => e.into(),
            other => ErrorReport {
                code: other.code(),
                field: None,
                message: other.to_string(),
                params: Default::default(),
            },
        }
    }
}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ErrorReport::from(self).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_ipc_as_code_field_message() {
        let err = CommandError::from(EngineError::Required {
            field: "name".into(),
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "field.required", "field": "name",
                "message": "name is required", "params": {}
            })
        );
    }
}

#[cfg(test)]
mod export_tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn write_failures_have_codes_the_ui_can_word() {
        let code = |kind| ErrorReport::from(&CommandError::Write(Error::from(kind))).code;
        assert_eq!(code(ErrorKind::NotFound), "export.folder_missing");
        assert_eq!(
            code(ErrorKind::PermissionDenied),
            "export.permission_denied"
        );
        assert_eq!(code(ErrorKind::StorageFull), "export.write_failed");
        // A workbook open in Excel, or a folder where the file should go: nothing is replaced.
        assert_eq!(code(ErrorKind::ResourceBusy), "export.in_use");
        assert_eq!(code(ErrorKind::IsADirectory), "export.in_use");
        // Windows' «access denied», as the atomic write tells it apart.
        let refused = |why: Refused| {
            ErrorReport::from(&CommandError::Write(Error::new(
                ErrorKind::PermissionDenied,
                why,
            )))
            .code
        };
        assert_eq!(refused(Refused::ReadOnlyFile), "export.read_only");
        assert_eq!(refused(Refused::FolderBlocked), "export.blocked_folder");

        // The plans file is not an export: its failures have words of their own.
        let store = |err: CommandError| ErrorReport::from(&err).code;
        assert_eq!(
            store(CommandError::LoadPlans(Error::from(
                ErrorKind::PermissionDenied
            ))),
            "store.load_failed"
        );
        assert_eq!(
            store(CommandError::SavePlans(Error::from(
                ErrorKind::PermissionDenied
            ))),
            "store.save_permission_denied"
        );
        assert_eq!(
            store(CommandError::SavePlans(Error::new(
                ErrorKind::PermissionDenied,
                Refused::FolderBlocked
            ))),
            "store.save_permission_denied"
        );
        assert_eq!(
            store(CommandError::SavePlans(Error::from(ErrorKind::StorageFull))),
            "store.save_failed"
        );
        assert_eq!(
            store(CommandError::NoDataFolder("none".into())),
            "store.no_folder"
        );
        assert_eq!(store(CommandError::NotLocal), "import.not_local");

        let report = ErrorReport::from(&CommandError::NothingToOpen);
        assert_eq!(
            (report.code.as_str(), report.field),
            ("export.nothing_to_open", None)
        );
    }
}

#[cfg(test)]
mod range_tests {
    use super::*;

    #[test]
    fn range_errors_carry_their_limits_for_the_ui() {
        let err = CommandError::from(EngineError::OutOfRange {
            field: "horizonYears".into(),
            min: "1".into(),
            max: "40".into(),
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "field.out_of_range");
        assert_eq!(json["field"], "horizonYears");
        assert_eq!(json["params"], serde_json::json!({"min": "1", "max": "40"}));
    }
}
