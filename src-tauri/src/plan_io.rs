//! One plan as a `.json` file of its own, to move it between computers or keep a copy: Rust opens
//! the native dialogs and does the reading and writing, so the webview never names a path.
//! A file is read only as data — at most 5 MiB, never a folder, device or pipe — and checked
//! field by field; fields this version does not know are reported and left out.
//!
//! For the end-to-end tests only, `ERFARINGSPLAN_E2E_IMPORT_FILE` replaces the open dialog with
//! that file (the save dialog is replaced as for the PDF, see [`crate::export`]).

use std::{
    io::Read,
    path::{Path, PathBuf},
};

use erfaringsplan_engine::{
    store::plan_file::{import_plan, plan_from_value, plan_to_bytes, ImportedPlan, MAX_PLAN_BYTES},
    EngineError,
};
use serde::Serialize;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::{
    commands::PlanJson,
    error::CommandError,
    save_file::{choose_save_path, suggested_file_name, write_atomically},
    settings,
};

pub const TEST_IMPORT_FILE: &str = "ERFARINGSPLAN_E2E_IMPORT_FILE";

/// Where the plan file was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanFileExport {
    pub path: String,
}

/// Reads and checks a plan file. The size and kind are checked before a byte is read, and no
/// more than the cap is ever read (a file that grows meanwhile is still refused).
pub fn read_plan_file(path: &Path) -> Result<ImportedPlan, CommandError> {
    let too_large = || {
        CommandError::Engine(EngineError::FileTooLarge {
            max_bytes: MAX_PLAN_BYTES,
        })
    };
    // Before opening: opening a pipe would wait for a writer, and a device may never end.
    let meta = std::fs::metadata(path).map_err(CommandError::Read)?;
    if !meta.is_file() {
        return Err(CommandError::NotARegularFile);
    }
    let cap = u64::try_from(MAX_PLAN_BYTES).unwrap_or(u64::MAX);
    if meta.len() > cap {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(CommandError::Read)?;
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(CommandError::Read)?;
    Ok(import_plan(&bytes)?)
}

/// Asks for a plan file and reads it. `None` when the user cancels.
#[tauri::command]
pub async fn import_plan_file(app: AppHandle) -> Result<Option<ImportedPlan>, CommandError> {
    let path = match std::env::var_os(TEST_IMPORT_FILE) {
        Some(path) => PathBuf::from(path),
        None => {
            let mut dialog = app
                .dialog()
                .file()
                .add_filter("Erfaringsplan (JSON)", &["json"]);
            if let Some(folder) = settings::last_folder(&app) {
                dialog = dialog.set_directory(folder);
            }
            let Some(chosen) = dialog.blocking_pick_file() else {
                return Ok(None);
            };
            let chosen = chosen.into_path().map_err(|_| CommandError::NotLocal)?;
            settings::remember_folder_of(&app, &chosen);
            chosen
        }
    };
    tauri::async_runtime::spawn_blocking(move || read_plan_file(&path))
        .await
        .map_err(|_| CommandError::Task)?
        .map(Some)
}

/// Saves one plan as a `.json` file where the user chooses. `None` when the user cancels.
/// The plan is saved as it is, also while some values still need fixing.
#[tauri::command]
pub async fn export_plan_file(
    app: AppHandle,
    plan: PlanJson,
) -> Result<Option<PlanFileExport>, CommandError> {
    let plan = plan_from_value(plan)?;
    let name = suggested_file_name(&plan.name, "erfaringsplan", "json");
    let Some(target) = choose_save_path(&app, &name, "Erfaringsplan (JSON)", "json")? else {
        return Ok(None);
    };
    write_atomically(target.clone(), plan_to_bytes(&plan)).await?;
    Ok(Some(PlanFileExport {
        path: target.display().to_string(),
    }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use erfaringsplan_engine::{example::example_plan, ErrorReport};

    fn code(err: &CommandError) -> erfaringsplan_engine::ErrorCode {
        ErrorReport::from(err).code
    }

    #[test]
    fn a_saved_plan_file_is_read_back() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        let plan = example_plan(2027, 5);
        let path = dir.join("plan.json");
        std::fs::write(&path, plan_to_bytes(&plan)).unwrap();
        let imported = read_plan_file(&path).unwrap();
        assert_eq!(imported.plan, plan);
        assert!(imported.unknown_fields.is_empty());
    }

    #[test]
    fn folders_missing_files_and_oversized_files_are_refused_before_reading() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        assert_eq!(code(&read_plan_file(dir).unwrap_err()), "import.not_a_file");
        assert_eq!(
            code(&read_plan_file(&dir.join("gone.json")).unwrap_err()),
            "import.not_found"
        );
        let big = dir.join("big.json");
        let file = std::fs::File::create(&big).unwrap();
        // A sparse file: the size is checked before anything is read.
        file.set_len(u64::try_from(MAX_PLAN_BYTES).unwrap() + 1)
            .unwrap();
        assert_eq!(
            code(&read_plan_file(&big).unwrap_err()),
            "plan.file_too_large"
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_pipes_are_not_plan_files() {
        assert_eq!(
            code(&read_plan_file(Path::new("/dev/zero")).unwrap_err()),
            "import.not_a_file"
        );
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        let fifo = dir.join("pipe.json");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        // Would block forever if the pipe were opened.
        assert_eq!(
            code(&read_plan_file(&fifo).unwrap_err()),
            "import.not_a_file"
        );
    }
}
