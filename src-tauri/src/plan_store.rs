//! The user's plans on disk: `plans.json` in the app's data folder, read and written only here,
//! through the engine's `store_file`. Damaged files are moved aside with what can be read kept,
//! files from a newer version are opened read-only, and every save is atomic and keeps the
//! previous generation. tauri-plugin-store is not used for the plans (it keeps the settings,
//! see [`crate::settings`]): it writes its files in place, saves every store it holds again
//! when the app exits, and its loader treats a damaged file as empty, so a copy of the plans in
//! it could overwrite the user's plans with a torn or stale file.
//! One app at a time writes a data folder's plans: a second window shows them read-only.

use std::{
    fs::File,
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use erfaringsplan_engine::{
    plan::PlanStore,
    store_file::{self, Damage, Lock},
    EngineError,
};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_store::resolve_store_path;
use ts_rs::TS;

use crate::error::CommandError;

pub const STORE_FILE: &str = "plans.json";

/// What the plan list should tell the user about the file.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(
    rename_all = "camelCase",
    tag = "kind",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
pub enum StoreNotice {
    /// Written by a newer version: shown, never saved.
    NewerVersion { version: u32 },
    /// Another Erfaringsplan has these plans open and saves them: shown, never saved here.
    OpenElsewhere,
    /// The file was damaged; it was moved to `moved_to` and what could be read was kept.
    Recovered {
        moved_to: String,
        /// Plans that could not be read from the damaged file.
        unreadable_plans: u32,
        /// Plans taken from the previous generation of the file.
        from_backup: u32,
        /// The file held nothing readable at all (empty, cut off, not JSON).
        whole_file: bool,
    },
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LoadedPlans {
    pub store: PlanStore,
    pub notice: Option<StoreNotice>,
}

/// Whether this app may write the plans file, decided each time the plans are loaded.
#[derive(Debug, Default)]
pub struct StoreAccess(Arc<Mutex<Access>>);

/// How long a starting app waits for another to let go of the plans (one closed a moment ago
/// may still be writing its last save) before it opens them read-only.
const LOCK_PATIENCE: Duration = Duration::from_secs(2);

#[derive(Debug, Default)]
struct Access {
    /// The lock on the data folder, kept for the rest of the session once taken.
    lock: Option<File>,
    read_only: Option<ReadOnlyWhy>,
}

#[derive(Debug, Clone, Copy)]
enum ReadOnlyWhy {
    NewerVersion,
    OpenElsewhere,
}

fn store_path<R: Runtime>(app: &AppHandle<R>) -> Result<std::path::PathBuf, CommandError> {
    let path = resolve_store_path(app, STORE_FILE).map_err(|e| {
        CommandError::Write(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            e.to_string(),
        ))
    })?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(CommandError::Write)?;
    }
    Ok(path)
}

/// A moment for the name of a damaged file: `20261124-101500` (UTC).
fn stamp() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

#[tauri::command]
pub async fn load_plans(
    app: AppHandle,
    access: State<'_, StoreAccess>,
) -> Result<LoadedPlans, CommandError> {
    let path = store_path(&app)?;
    let shared = Arc::clone(&access.0);
    let (loaded, elsewhere) = tauri::async_runtime::spawn_blocking(move || {
        // Under the mutex, so two loads at once cannot both try and one find the lock "held
        // elsewhere" by this very app.
        let mut access = shared.lock().unwrap_or_else(PoisonError::into_inner);
        let elsewhere = access.lock.is_none()
            && match store_file::lock_within(&path, LOCK_PATIENCE) {
                Lock::Held(file) => {
                    access.lock = Some(file);
                    false
                }
                Lock::Elsewhere => true,
                Lock::Unsupported => false,
            };
        let loaded = if elsewhere {
            store_file::view(&path)
        } else {
            store_file::load(&path, &stamp())
        }?;
        access.read_only = match (loaded.newer_version, elsewhere) {
            (Some(_), _) => Some(ReadOnlyWhy::NewerVersion),
            (None, true) => Some(ReadOnlyWhy::OpenElsewhere),
            (None, false) => None,
        };
        Ok((loaded, elsewhere))
    })
    .await
    .map_err(|_| CommandError::Task)?
    .map_err(CommandError::Write)?;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let notice = match (loaded.newer_version, elsewhere, loaded.recovered) {
        (Some(version), _, _) => Some(StoreNotice::NewerVersion { version }),
        (None, true, _) => Some(StoreNotice::OpenElsewhere),
        (None, false, Some(r)) => Some(StoreNotice::Recovered {
            moved_to: r.moved_to.display().to_string(),
            unreadable_plans: count(r.unreadable_plans),
            from_backup: count(r.from_backup),
            whole_file: r.damage != Damage::SomePlansUnreadable,
        }),
        (None, false, None) => None,
    };
    Ok(LoadedPlans {
        store: loaded.store,
        notice,
    })
}

/// Saves every plan. The store comes in as plain JSON so a malformed one is refused with the
/// field, never written.
#[tauri::command]
pub async fn save_plans(
    app: AppHandle,
    access: State<'_, StoreAccess>,
    store: serde_json::Value,
) -> Result<(), CommandError> {
    match access
        .0
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .read_only
    {
        Some(ReadOnlyWhy::NewerVersion) => return Err(CommandError::ReadOnly),
        Some(ReadOnlyWhy::OpenElsewhere) => return Err(CommandError::OpenElsewhere),
        None => {}
    }
    let store: PlanStore = serde_path_to_error::deserialize(store).map_err(|e| {
        CommandError::Engine(EngineError::InvalidPlanFile {
            field: e.path().to_string(),
            message: e.inner().to_string(),
        })
    })?;
    let path = store_path(&app)?;
    tauri::async_runtime::spawn_blocking(move || store_file::save(&path, &store))
        .await
        .map_err(|_| CommandError::Task)?
        .map_err(CommandError::Write)
}
