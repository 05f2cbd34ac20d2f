//! Saving a file where the user chooses: a file name suggested from the plan's name, the native
//! save dialog (opened in the folder used last), and an atomic write off the main thread. The
//! PDF export and «Lagre planen som fil» both save through here.
//!
//! For the end-to-end tests only, `ERFARINGSPLAN_E2E_EXPORT_DIR` replaces the dialog with a
//! folder (a native dialog cannot be driven over WebDriver).

use std::path::PathBuf;

use erfaringsplan_engine::store::atomic_file;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use crate::{error::CommandError, settings};

pub const TEST_EXPORT_DIR: &str = "ERFARINGSPLAN_E2E_EXPORT_DIR";

/// A file name from the plan's name: letters and digits kept (æøå too), runs of anything else
/// become one dash; at most 80 characters. `prefix` says what the file is; `extension` without
/// the dot.
pub fn suggested_file_name(plan_name: &str, prefix: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in plan_name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(80).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{prefix}.{extension}")
    } else {
        format!("{prefix}-{slug}.{extension}")
    }
}

/// The chosen path, with `.extension` added when the user left it out.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has_it = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has_it {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(extension);
        path.with_file_name(name)
    }
}

/// Where to save a new file: the folder given for the end-to-end tests, or the user's choice in
/// the native save dialog (`None` when cancelled). The extension is added if left out.
pub fn choose_save_path(
    app: &AppHandle,
    file_name: &str,
    filter: &str,
    extension: &str,
) -> Result<Option<PathBuf>, CommandError> {
    let chosen = match std::env::var_os(TEST_EXPORT_DIR) {
        Some(dir) => PathBuf::from(dir).join(file_name),
        None => {
            let mut dialog = app
                .dialog()
                .file()
                .add_filter(filter, &[extension])
                .set_file_name(file_name);
            if let Some(folder) = settings::last_folder(app) {
                dialog = dialog.set_directory(folder);
            }
            let Some(chosen) = dialog.blocking_save_file() else {
                return Ok(None);
            };
            let chosen = chosen.into_path().map_err(|_| CommandError::NotAFile)?;
            settings::remember_folder_of(app, &chosen);
            chosen
        }
    };
    let path = with_extension(chosen, extension);
    if let Some(folder) = crate::plan_store::data_folder(app) {
        if is_app_file(&folder, &path) {
            return Err(CommandError::AppFile);
        }
    }
    Ok(Some(path))
}

/// Whether `path` is one of the files in the app's data folder (the plans, their backup, the
/// lock, the settings), by any path or link: an export there would replace the plans it was made
/// from.
pub fn is_app_file(data_folder: &std::path::Path, path: &std::path::Path) -> bool {
    let Ok(entries) = std::fs::read_dir(data_folder) else {
        return false;
    };
    let files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    let files: Vec<&std::path::Path> = files.iter().map(PathBuf::as_path).collect();
    atomic_file::is_one_of(path, &files)
}

/// Writes `bytes` to `path` atomically, off the main thread.
pub async fn write_atomically(path: PathBuf, bytes: Vec<u8>) -> Result<(), CommandError> {
    tauri::async_runtime::spawn_blocking(move || atomic_file::write(&path, &bytes))
        .await
        .map_err(|_| CommandError::Task)?
        .map_err(CommandError::Write)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_own_files_are_not_a_place_to_export_to() {
        let dir = tempfile::tempdir().unwrap();
        let plans = dir.path().join("plans.json");
        std::fs::write(&plans, "{}").unwrap();
        assert!(is_app_file(dir.path(), &plans));
        std::fs::create_dir(dir.path().join("x")).unwrap();
        assert!(is_app_file(dir.path(), &dir.path().join("x/../plans.json")));
        assert!(!is_app_file(dir.path(), &dir.path().join("plan.pdf")));
        let elsewhere = tempfile::tempdir().unwrap();
        let link = elsewhere.path().join("plans.json");
        std::fs::hard_link(&plans, &link).unwrap();
        assert!(is_app_file(dir.path(), &link));
        assert!(!is_app_file(&dir.path().join("missing"), &plans));
    }

    #[test]
    fn a_missing_extension_is_added() {
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan"), "pdf"),
            PathBuf::from("/tmp/plan.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan.json"), "pdf"),
            PathBuf::from("/tmp/plan.json.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan.PDF"), "pdf"),
            PathBuf::from("/tmp/plan.PDF")
        );
    }
}
