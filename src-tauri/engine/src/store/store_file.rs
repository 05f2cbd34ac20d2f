//! The file that keeps all of a user's plans (`plans.json`, kept by tauri-plugin-store as
//! `{"store": PlanStore}`), read defensively: a damaged file gives back every plan that can
//! still be read and says what was wrong; a file from a newer version is recognised so the app
//! can open it read-only instead of overwriting it; older versions are migrated step by step.

use std::{
    fs::{self, File, OpenOptions, TryLockError},
    io,
    path::{Path, PathBuf},
    thread,
    time::{Duration, Instant},
};

use serde_json::{Map, Value};

use crate::{
    model::plan::{PlanStore, StoredPlan, STORE_SCHEMA_VERSION},
    store::atomic_file,
    store::plan_file::plan_from_value,
};

/// The key under which the plugin's file holds the plan store.
pub const STORE_KEY: &str = "store";

/// What was wrong with a damaged file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The file is empty (a save that never finished).
    Empty,
    /// Not JSON at all, or cut off in the middle.
    NotJson,
    /// JSON, but not shaped like a plan store.
    WrongShape,
    /// A store, but some plans in it cannot be read.
    SomePlansUnreadable,
}

/// The outcome of reading the plans file.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// Every plan was read (after migrating from an earlier version if needed).
    Clean(PlanStore),
    /// Written by a newer version: the plans this version can read, to show but never save.
    Newer { version: u32, store: PlanStore },
    /// Damaged: the plans that could still be read, and how many could not.
    Damaged {
        damage: Damage,
        store: PlanStore,
        unreadable_plans: usize,
    },
}

/// Upgrades a store value from `version` to the next. Index 0 upgrades version 1 to 2, and so
/// on. Each step gets a fixture test.
///
/// 1 → 2 changed only the plans, and each plan carries its own version, so the plans upgrade
/// themselves as they are read ([`crate::store::plan_file::upgrade_plan_value`]).
/// 2 → 3 added two fields to each stored plan, `alternativeOf` and `versions`, which a plan
/// without them reads as "none": the step is the version number alone, so a version-2 build
/// opens a version-3 file read-only instead of saving it without them.
const MIGRATIONS: &[Migration] = &[|store| store, |store| store];

/// One step of the store format's history: the store object of one version to the next.
type Migration = fn(Map<String, Value>) -> Map<String, Value>;

/// Reads the bytes of a plans file.
pub fn open(bytes: &[u8]) -> Opened {
    let damaged = |damage| Opened::Damaged {
        damage,
        store: PlanStore::default(),
        unreadable_plans: 0,
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return damaged(Damage::Empty);
    }
    let Ok(file) = serde_json::from_slice::<Value>(bytes) else {
        return damaged(Damage::NotJson);
    };
    let Value::Object(mut file) = file else {
        return damaged(Damage::WrongShape);
    };
    let store = match file.remove(STORE_KEY) {
        // A store file with nothing saved in it yet.
        None => return Opened::Clean(PlanStore::default()),
        Some(Value::Object(store)) => store,
        Some(_) => return damaged(Damage::WrongShape),
    };
    // Files from before the version field are version 1.
    let version = match store.get("schemaVersion") {
        None => 1,
        Some(v) => match v.as_u64().and_then(|v| u32::try_from(v).ok()) {
            Some(v) if v >= 1 => v,
            _ => return damaged(Damage::WrongShape),
        },
    };
    let store = if version < STORE_SCHEMA_VERSION {
        migrate(store, version)
    } else {
        store
    };
    let (plans, unreadable) = match store.get("plans") {
        None => (Vec::new(), 0),
        Some(Value::Array(items)) => read_plans(items),
        Some(_) => return damaged(Damage::WrongShape),
    };
    let store = PlanStore {
        schema_version: STORE_SCHEMA_VERSION,
        plans,
    };
    if version > STORE_SCHEMA_VERSION {
        Opened::Newer { version, store }
    } else if unreadable > 0 {
        Opened::Damaged {
            damage: Damage::SomePlansUnreadable,
            store,
            unreadable_plans: unreadable,
        }
    } else {
        Opened::Clean(store)
    }
}

fn migrate(mut store: Map<String, Value>, from: u32) -> Map<String, Value> {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in MIGRATIONS.iter().skip(first) {
        store = step(store);
    }
    store.insert("schemaVersion".into(), Value::from(STORE_SCHEMA_VERSION));
    store
}

/// Each stored plan on its own, so one bad plan does not cost the others. A plan's fields are
/// read as the plan file reader reads them (defaults for fields added later), and so are its
/// saved versions, each on its own too: a version that cannot be read is left out and counted
/// with the unreadable plans (the damaged file is kept aside, so nothing is lost for good).
fn read_plans(items: &[Value]) -> (Vec<StoredPlan>, usize) {
    let mut plans = Vec::with_capacity(items.len());
    let mut unreadable = 0;
    for item in items {
        match read_plan(item) {
            Some((p, lost_versions)) => {
                plans.push(p);
                unreadable += lost_versions;
            }
            None => unreadable += 1,
        }
    }
    (plans, unreadable)
}

/// A stored plan, and how many of its versions could not be read.
fn read_plan(item: &Value) -> Option<(StoredPlan, usize)> {
    let Value::Object(fields) = item else {
        return None;
    };
    let mut rest = fields.clone();
    rest.insert("plan".into(), upgraded_plan(fields.get("plan")?)?);
    let mut lost_versions = 0;
    if let Some(versions) = rest.get_mut("versions") {
        let Value::Array(items) = versions else {
            return None;
        };
        let before = items.len();
        let readable: Vec<Value> = items.iter().filter_map(read_version).collect();
        lost_versions = before - readable.len();
        *items = readable;
    }
    Some((
        serde_json::from_value(Value::Object(rest)).ok()?,
        lost_versions,
    ))
}

fn read_version(item: &Value) -> Option<Value> {
    let Value::Object(fields) = item else {
        return None;
    };
    let mut version = fields.clone();
    version.insert("plan".into(), upgraded_plan(fields.get("plan")?)?);
    serde_json::from_value::<crate::model::plan::PlanVersion>(Value::Object(version.clone()))
        .ok()
        .map(|_| Value::Object(version))
}

/// A stored plan value in this version's format, or `None` if it is not a readable plan.
fn upgraded_plan(plan: &Value) -> Option<Value> {
    serde_json::to_value(plan_from_value(plan.clone()).ok()?).ok()
}

/// The bytes of a plans file holding `store`, in the plugin's format.
pub fn to_bytes(store: &PlanStore) -> Vec<u8> {
    let mut file = Map::new();
    file.insert(
        STORE_KEY.into(),
        serde_json::to_value(store).unwrap_or(Value::Null),
    );
    serde_json::to_vec_pretty(&Value::Object(file)).unwrap_or_default()
}

/// The plans as the app should show them, and what it should tell the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub store: PlanStore,
    /// The file was written by a newer version: show the plans, never write the file.
    pub newer_version: Option<u32>,
    pub recovered: Option<Recovered>,
}

/// A damaged file was moved aside and replaced by what could be saved from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// Where the damaged file is now (next to the plans file).
    pub moved_to: PathBuf,
    pub damage: Damage,
    pub unreadable_plans: usize,
    /// Plans taken from the previous generation of the file.
    pub from_backup: usize,
}

/// The previous generation of the plans file, kept by every save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Reads the plans file at `path`. A damaged file is moved aside as
/// `<name>.damaged-<stamp>.json`; the plans still readable in it, together with any plan only
/// the previous generation has, are saved as the new file. `stamp` names the moment (the
/// caller's clock), e.g. `20261124-101500`.
///
/// # Errors
/// Reading, moving or writing failed (the folder is not readable or writable).
pub fn load(path: &Path, stamp: &str) -> io::Result<Loaded> {
    // A save killed mid-write leaves its temporary file (also the backup's hard-link temp,
    // `.plans.json.bak.link.tmp`); the plans file itself is whole.
    atomic_file::remove_leftovers(path);
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // No file: a first start, or (never by our own saves) a lost file with a backup.
            let store = read_backup(path).unwrap_or_default();
            return Ok(Loaded {
                store,
                newer_version: None,
                recovered: None,
            });
        }
        Err(e) => return Err(e),
    };
    match open(&bytes) {
        Opened::Clean(store) => Ok(Loaded {
            store,
            newer_version: None,
            recovered: None,
        }),
        Opened::Newer { version, store } => Ok(Loaded {
            store,
            newer_version: Some(version),
            recovered: None,
        }),
        Opened::Damaged {
            damage,
            mut store,
            unreadable_plans,
        } => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "plans".into());
            let moved_to = path.with_file_name(format!("{stem}.damaged-{stamp}.json"));
            fs::rename(path, &moved_to)?;
            let mut from_backup = 0;
            if let Some(backup) = read_backup(path) {
                for plan in backup.plans {
                    if !store.plans.iter().any(|p| p.id == plan.id) {
                        store.plans.push(plan);
                        from_backup += 1;
                    }
                }
            }
            // The main file is gone now, so this save leaves the backup as it was.
            save(path, &store)?;
            Ok(Loaded {
                store,
                newer_version: None,
                recovered: Some(Recovered {
                    moved_to,
                    damage,
                    unreadable_plans,
                    from_backup,
                }),
            })
        }
    }
}

/// Reads the plans file at `path` without changing anything on disk: for an app that does not
/// hold the [`lock`]. A damaged file gives the plans that can be read (the app holding the lock
/// deals with the file); leftovers of a save are left alone, since that save may be under way.
///
/// # Errors
/// The file exists but cannot be read.
pub fn view(path: &Path) -> io::Result<Loaded> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    let (store, newer_version) = match open(&bytes) {
        Opened::Clean(store) => (store, None),
        Opened::Newer { version, store } => (store, Some(version)),
        Opened::Damaged { store, .. } if !store.plans.is_empty() => (store, None),
        Opened::Damaged { .. } => (read_backup(path).unwrap_or_default(), None),
    };
    Ok(Loaded {
        store,
        newer_version,
        recovered: None,
    })
}

/// The right to write the plans file. One app at a time holds it for a data folder; a second
/// window on the same plans would otherwise overwrite the first one's changes with its own.
#[derive(Debug)]
pub enum Lock {
    /// This process holds it until the file is dropped or the process ends, however it ends
    /// (the kernel lets go of a killed process's lock).
    Held(File),
    /// Another process holds it: show the plans, never write them.
    Elsewhere,
    /// The file system cannot lock (some network drives), or the lock file cannot be made:
    /// go on as before the lock existed; saving says what is wrong, if anything is.
    Unsupported,
}

/// The lock file beside the plans file: `.plans.json.lock`. Its contents are never used.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    path.with_file_name(name)
}

/// Takes the right to write the plans file at `path`, trying again for up to `patience` while
/// another process holds it: an app closed (or killed) a moment ago may still be on its way out.
pub fn lock_within(path: &Path, patience: Duration) -> Lock {
    let until = Instant::now() + patience;
    loop {
        match lock(path) {
            Lock::Elsewhere if Instant::now() < until => thread::sleep(Duration::from_millis(50)),
            outcome @ (Lock::Held(_) | Lock::Elsewhere | Lock::Unsupported) => return outcome,
        }
    }
}

/// Takes the right to write the plans file at `path`, without waiting.
pub fn lock(path: &Path) -> Lock {
    let Ok(file) = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))
    else {
        return Lock::Unsupported;
    };
    match file.try_lock() {
        Ok(()) => Lock::Held(file),
        Err(TryLockError::WouldBlock) => Lock::Elsewhere,
        Err(TryLockError::Error(_)) => Lock::Unsupported,
    }
}

fn read_backup(path: &Path) -> Option<PlanStore> {
    match open(&fs::read(backup_path(path)).ok()?) {
        Opened::Clean(store) => Some(store),
        Opened::Damaged { store, .. } if !store.plans.is_empty() => Some(store),
        // A backup from a newer version is not this version's to restore.
        Opened::Damaged { .. } | Opened::Newer { .. } => None,
    }
}

/// Saves `store` to `path` so that a crash at any moment leaves a readable file: the current
/// file becomes the previous generation (`<name>.bak`, replaced atomically), then the new
/// contents are written to a temporary file, flushed and renamed over the old.
///
/// # Errors
/// Any I/O error; the file at `path` is then as it was.
pub fn save(path: &Path, store: &PlanStore) -> io::Result<()> {
    if path.is_file() {
        let backup = backup_path(path);
        // Hidden and named like atomic_file's temporary files, so a kill right here leaves
        // nothing that start-up does not clear away.
        let mut link = std::ffi::OsString::from(".");
        link.push(backup.file_name().unwrap_or_default());
        link.push(".link.tmp");
        let link = backup.with_file_name(link);
        let _ = fs::remove_file(&link);
        // A hard link costs nothing; where links are not supported, copy.
        if fs::hard_link(path, &link).is_err() {
            fs::copy(path, &link)?;
        }
        // As patient as the rename of the plans file itself: an indexer or a backup program
        // holding the previous generation a moment must not fail the save.
        atomic_file::rename_patiently(&link, &backup)?;
    }
    atomic_file::write(path, &to_bytes(store))
}

#[cfg(test)]
mod tests;
