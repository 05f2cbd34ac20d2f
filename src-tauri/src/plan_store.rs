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
    path::Path,
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use erfaringsplan_engine::{
    model::plan::PlanStore,
    store::store_file::{self, Damage, Lock},
    EngineError,
};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_store::resolve_store_path;
use ts_rs::TS;

use crate::error::CommandError;

/// The whole plans store as the webview sends it (a `PlanStore`), read as plain JSON so that a
/// wrong type is reported with its field (as `commands::PlanJson` is).
pub type StoreJson = serde_json::Value;

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
    let path = resolve_store_path(app, STORE_FILE)
        .map_err(|e| CommandError::NoDataFolder(e.to_string()))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| CommandError::NoDataFolder(e.to_string()))?;
    }
    Ok(path)
}

/// The folder the plans file (and the settings) are kept in.
pub fn data_folder<R: Runtime>(app: &AppHandle<R>) -> Option<std::path::PathBuf> {
    resolve_store_path(app, STORE_FILE)
        .ok()
        .and_then(|path| path.parent().map(std::path::Path::to_path_buf))
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

/// Loads the plans at `path` and decides, under `access`, whether this app may write them: it
/// takes the folder's lock (waiting up to `patience` for an app on its way out) unless it holds
/// it already; without the lock, or from a newer version, the plans are shown read-only. A
/// damaged file is moved aside under a name with `stamp`. Blocking: run off the main thread.
fn load_at(
    access: &Mutex<Access>,
    path: &Path,
    patience: Duration,
    stamp: &str,
) -> std::io::Result<LoadedPlans> {
    // Under the mutex, so two loads at once cannot both try and one find the lock "held
    // elsewhere" by this very app.
    let mut access = access.lock().unwrap_or_else(PoisonError::into_inner);
    let elsewhere = access.lock.is_none()
        && match store_file::lock_within(path, patience) {
            Lock::Held(file) => {
                access.lock = Some(file);
                false
            }
            Lock::Elsewhere => true,
            Lock::Unsupported => false,
        };
    let loaded = if elsewhere {
        store_file::view(path)
    } else {
        store_file::load(path, stamp)
    }?;
    access.read_only = match (loaded.newer_version, elsewhere) {
        (Some(_), _) => Some(ReadOnlyWhy::NewerVersion),
        (None, true) => Some(ReadOnlyWhy::OpenElsewhere),
        (None, false) => None,
    };
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

/// Refuses a save the last load found read-only.
fn may_save(access: &Mutex<Access>) -> Result<(), CommandError> {
    match access
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .read_only
    {
        Some(ReadOnlyWhy::NewerVersion) => Err(CommandError::ReadOnly),
        Some(ReadOnlyWhy::OpenElsewhere) => Err(CommandError::OpenElsewhere),
        None => Ok(()),
    }
}

#[tauri::command]
pub async fn load_plans(
    app: AppHandle,
    access: State<'_, StoreAccess>,
) -> Result<LoadedPlans, CommandError> {
    let path = store_path(&app)?;
    let shared = Arc::clone(&access.0);
    tauri::async_runtime::spawn_blocking(move || load_at(&shared, &path, LOCK_PATIENCE, &stamp()))
        .await
        .map_err(|_| CommandError::Task)?
        .map_err(CommandError::LoadPlans)
}

/// Saves every plan. The store comes in as plain JSON so a malformed one is refused with the
/// field, never written.
#[tauri::command]
pub async fn save_plans(
    app: AppHandle,
    access: State<'_, StoreAccess>,
    store: StoreJson,
) -> Result<(), CommandError> {
    may_save(&access.0)?;
    let store: PlanStore = serde_path_to_error::deserialize(store).map_err(|e| {
        CommandError::Engine(EngineError::InvalidPlanFile {
            field: e.path().to_string(),
            message: e.inner().to_string(),
        })
    })?;
    if let Some(err) = erfaringsplan_engine::validate::limits::check_versions(&store) {
        return Err(CommandError::Engine(err));
    }
    let path = store_path(&app)?;
    tauri::async_runtime::spawn_blocking(move || store_file::save(&path, &store))
        .await
        .map_err(|_| CommandError::Task)?
        .map_err(CommandError::SavePlans)
}

/// Adds `plan` to the plans on disk and saves them as a change in the app is saved: loaded
/// under the app's access (so a read-only store refuses it), written atomically with the
/// previous generation kept. For the smoke run ([`crate::smoke`]); blocking.
pub(crate) fn add_and_save<R: Runtime>(
    app: &AppHandle<R>,
    access: &StoreAccess,
    plan: erfaringsplan_engine::model::plan::StoredPlan,
) -> Result<std::path::PathBuf, CommandError> {
    let path = store_path(app)?;
    let mut loaded =
        load_at(&access.0, &path, LOCK_PATIENCE, &stamp()).map_err(CommandError::LoadPlans)?;
    may_save(&access.0)?;
    loaded.store.plans.push(plan);
    store_file::save(&path, &loaded.store).map_err(CommandError::SavePlans)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use erfaringsplan_engine::{example::example_plan, model::plan::StoredPlan};

    const NO_PATIENCE: Duration = Duration::ZERO;

    fn one_plan(name: &str) -> PlanStore {
        let mut plan = example_plan(2027, 10);
        plan.name = name.to_owned();
        PlanStore {
            plans: vec![StoredPlan {
                id: "plan-1".into(),
                plan,
                step: Default::default(),
                updated_at: "2026-12-02T10:00:00Z".into(),
                drafts: Default::default(),
                alternative_of: None,
                versions: Vec::new(),
                example: false,
            }],
            ..PlanStore::default()
        }
    }

    fn names(loaded: &LoadedPlans) -> Vec<&str> {
        loaded
            .store
            .plans
            .iter()
            .map(|p| p.plan.name.as_str())
            .collect()
    }

    #[test]
    fn a_first_start_finds_no_plans_and_may_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STORE_FILE);
        let app = Mutex::default();
        let loaded = load_at(&app, &path, NO_PATIENCE, "s").unwrap();
        assert!(loaded.store.plans.is_empty());
        assert!(loaded.notice.is_none());
        assert!(may_save(&app).is_ok());
        // Loading again (the plan list is opened anew) does not find this app's own lock
        // "held elsewhere".
        let again = load_at(&app, &path, NO_PATIENCE, "s").unwrap();
        assert!(again.notice.is_none());
        assert!(may_save(&app).is_ok());
    }

    #[test]
    fn a_second_app_shows_the_plans_read_only_until_the_first_has_gone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STORE_FILE);
        store_file::save(&path, &one_plan("Bydel Nord")).unwrap();
        let first = Mutex::default();
        assert!(load_at(&first, &path, NO_PATIENCE, "s")
            .unwrap()
            .notice
            .is_none());

        let second = Mutex::default();
        let seen = load_at(&second, &path, Duration::from_millis(120), "s").unwrap();
        assert!(matches!(seen.notice, Some(StoreNotice::OpenElsewhere)));
        assert_eq!(names(&seen), ["Bydel Nord"]);
        assert!(matches!(
            may_save(&second),
            Err(CommandError::OpenElsewhere)
        ));
        assert!(may_save(&first).is_ok());

        // The first app closes: the second, loading again, takes over.
        drop(first);
        let taken = load_at(&second, &path, NO_PATIENCE, "s").unwrap();
        assert!(taken.notice.is_none());
        assert!(may_save(&second).is_ok());
    }

    #[test]
    fn plans_from_a_newer_version_are_shown_and_never_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STORE_FILE);
        let newer = include_str!("../engine/tests/fixtures/store/v4-from-a-newer-version.json");
        std::fs::write(&path, newer).unwrap();
        let app = Mutex::default();
        let loaded = load_at(&app, &path, NO_PATIENCE, "s").unwrap();
        assert!(matches!(
            loaded.notice,
            Some(StoreNotice::NewerVersion { version: 4 })
        ));
        assert_eq!(names(&loaded), ["Plan fra en nyere versjon"]);
        assert!(matches!(may_save(&app), Err(CommandError::ReadOnly)));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    }

    #[test]
    fn a_damaged_file_is_moved_aside_and_the_previous_generation_recovered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STORE_FILE);
        store_file::save(&path, &one_plan("Første")).unwrap();
        store_file::save(&path, &one_plan("Andre")).unwrap();
        let whole = std::fs::read(&path).unwrap();
        std::fs::write(&path, &whole[..whole.len() / 3]).unwrap();
        let app = Mutex::default();
        let loaded = load_at(&app, &path, NO_PATIENCE, "20261202-100000").unwrap();
        let Some(StoreNotice::Recovered {
            moved_to,
            from_backup,
            whole_file,
            ..
        }) = &loaded.notice
        else {
            panic!("no recovery notice: {:?}", loaded.notice);
        };
        assert!(*whole_file);
        assert_eq!(*from_backup, 1);
        assert_eq!(names(&loaded), ["Første"]);
        let moved = std::path::Path::new(moved_to);
        assert_eq!(moved.parent(), Some(dir.path()));
        assert!(moved.to_string_lossy().contains("20261202-100000"));
        assert_eq!(std::fs::read(moved).unwrap(), &whole[..whole.len() / 3]);
        assert!(may_save(&app).is_ok());
    }
}
