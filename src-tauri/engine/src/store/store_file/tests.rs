//! Reading plans files: every earlier version from a committed fixture, files from a newer
//! version, and the ways a file gets damaged.
// A test names the outcome it expects; any other is a failure, whatever it is.
#![allow(clippy::wildcard_enum_match_arm)]

use super::*;
use crate::model::plan::{PlanVersion, WizardStep, SCHEMA_VERSION};

const V1: &str = include_str!("../../../tests/fixtures/store/v1-written-by-0.1.0.json");
const BEFORE_VERSION: &str =
    include_str!("../../../tests/fixtures/store/v1-before-schema-version.json");
const V2: &str = include_str!("../../../tests/fixtures/store/v2-written-by-0.1.0.json");
const NEWER: &str = include_str!("../../../tests/fixtures/store/v4-from-a-newer-version.json");

fn clean(bytes: &[u8]) -> PlanStore {
    match open(bytes) {
        Opened::Clean(store) => store,
        other => panic!("expected a clean store, got {other:?}"),
    }
}

#[test]
fn a_file_written_by_version_0_1_0_opens_as_it_was() {
    let store = clean(V1.as_bytes());
    assert_eq!(store.schema_version, STORE_SCHEMA_VERSION);
    assert_eq!(store.plans.len(), 1);
    let stored = &store.plans[0];
    assert_eq!(stored.plan.name, "Erfaringskonsulenter Bydel Nord");
    assert_eq!(stored.step, WizardStep::Summary);
    assert_eq!(stored.plan.positions.len(), 2);
    assert!(stored.plan.tasks.is_empty());
    // Written back and read again, nothing changes.
    assert_eq!(clean(&to_bytes(&store)), store);
}

#[test]
fn version_1_tasks_on_the_positions_become_the_plans() {
    use crate::model::position::RoleTask::{NextOfKin, Projects};
    let mut file: serde_json::Value = serde_json::from_str(V1).unwrap();
    let positions = &mut file["store"]["plans"][0]["plan"]["positions"];
    positions[0]["tasks"] = serde_json::json!(["projects"]);
    positions[1]["tasks"] = serde_json::json!(["nextOfKin", "projects"]);
    let store = clean(&serde_json::to_vec(&file).unwrap());
    let plan = &store.plans[0].plan;
    assert_eq!(plan.tasks, [Projects, NextOfKin]);
    assert_eq!(plan.schema_version, SCHEMA_VERSION);
    // Saved in this version's format, the tasks stay on the plan.
    let saved: serde_json::Value = serde_json::from_slice(&to_bytes(&store)).unwrap();
    assert_eq!(saved["store"]["schemaVersion"], STORE_SCHEMA_VERSION);
    let saved_plan = &saved["store"]["plans"][0]["plan"];
    assert_eq!(
        saved_plan["tasks"],
        serde_json::json!(["projects", "nextOfKin"])
    );
    assert!(saved_plan["positions"][0].get("tasks").is_none());
}

#[test]
fn a_version_2_file_opens_with_no_alternatives_and_no_versions() {
    let store = clean(V2.as_bytes());
    assert_eq!(store.schema_version, STORE_SCHEMA_VERSION);
    assert_eq!(store.plans.len(), 2);
    let (first, second) = (&store.plans[0], &store.plans[1]);
    assert_eq!(first.plan.name, "Erfaringskonsulenter i Bydel Nord 2027");
    assert_eq!(first.step, WizardStep::Summary);
    assert_eq!(first.drafts["positions.0.annualSalary"], "47O 000");
    assert_eq!(second.plan.name, "Bydel Nord – to stillinger på 50 %");
    assert_eq!(second.step, WizardStep::Role);
    for stored in &store.plans {
        assert_eq!(stored.alternative_of, None);
        assert!(stored.versions.is_empty());
    }
    // The plans read whole: every post, grant and other cost, and nothing to correct.
    assert_eq!(
        (first.plan.positions.len(), first.plan.grants.len()),
        (2, 1)
    );
    assert_eq!(first.plan.cost_items.len(), 5);
    assert!(first.plan.validate().is_empty());
    // Saved again, the file says version 3, and reads back the same.
    let saved: serde_json::Value = serde_json::from_slice(&to_bytes(&store)).unwrap();
    assert_eq!(saved["store"]["schemaVersion"], 3);
    assert_eq!(
        saved["store"]["plans"][0]["plan"]["schemaVersion"],
        SCHEMA_VERSION
    );
    assert_eq!(clean(&to_bytes(&store)), store);
}

#[test]
fn alternatives_and_versions_survive_a_save() {
    let mut store = clean(V2.as_bytes());
    let base_id = store.plans[0].id.clone();
    store.plans[1].alternative_of = Some(base_id.clone());
    let frozen = store.plans[0].plan.clone();
    store.plans[0].versions.push(PlanVersion {
        id: "v1".into(),
        label: "Sendt til budsjettmøtet 12. mars".into(),
        saved_at: "2027-03-12T08:30:00.000Z".into(),
        plan: frozen,
    });
    let again = clean(&to_bytes(&store));
    assert_eq!(again, store);
    assert_eq!(
        again.plans[1].alternative_of.as_deref(),
        Some(base_id.as_str())
    );
    assert_eq!(
        again.plans[0].versions[0].label,
        "Sendt til budsjettmøtet 12. mars"
    );
}

#[test]
fn a_version_that_cannot_be_read_costs_only_itself() {
    let mut file: serde_json::Value = serde_json::from_str(V2).unwrap();
    let good = serde_json::json!({
        "id": "v1", "label": "Før møtet", "savedAt": "2027-03-01T10:00:00Z",
        "plan": file["store"]["plans"][1]["plan"].clone(),
    });
    let mut bad = good.clone();
    bad["plan"]["firstYear"] = serde_json::json!("neste år");
    file["store"]["plans"][0]["versions"] = serde_json::json!([bad, good, 7]);
    match open(&serde_json::to_vec(&file).unwrap()) {
        Opened::Damaged {
            damage,
            store,
            unreadable_plans,
        } => {
            assert_eq!(damage, Damage::SomePlansUnreadable);
            assert_eq!(unreadable_plans, 2);
            assert_eq!(store.plans.len(), 2);
            assert_eq!(store.plans[0].versions.len(), 1);
            assert_eq!(store.plans[0].versions[0].label, "Før møtet");
        }
        other => panic!("expected damage, got {other:?}"),
    }
    // Versions that are not a list make the plan unreadable, as any other wrong shape does.
    file["store"]["plans"][0]["versions"] = serde_json::json!({"v1": 1});
    match open(&serde_json::to_vec(&file).unwrap()) {
        Opened::Damaged { store, .. } => assert_eq!(store.plans.len(), 1),
        other => panic!("expected damage, got {other:?}"),
    }
}

#[test]
fn a_file_from_before_the_version_field_gets_todays_defaults() {
    let store = clean(BEFORE_VERSION.as_bytes());
    let plan = &store.plans[0].plan;
    assert_eq!(plan.name, "Plan fra den første versjonen");
    assert_eq!(store.plans[0].step, WizardStep::Organisation);
    // Fields added later come with their defaults: the built-in checklist, 4 % wage growth.
    assert_eq!(
        plan.checklist.len(),
        crate::model::checklist::TEMPLATES.len()
    );
    assert_eq!(
        plan.wage_growth_percent,
        crate::model::plan::default_wage_growth()
    );
    assert!(plan.validate().is_empty());
}

#[test]
fn a_file_from_a_newer_version_is_recognised_and_its_plans_shown() {
    match open(NEWER.as_bytes()) {
        Opened::Newer { version, store } => {
            assert_eq!(version, 4);
            assert_eq!(store.plans[0].plan.name, "Plan fra en nyere versjon");
            assert_eq!(store.plans[0].step, WizardStep::Salary);
        }
        other => panic!("expected a newer file, got {other:?}"),
    }
}

#[test]
fn empty_cut_off_and_foreign_files_are_damaged_not_fatal() {
    let damage = |bytes: &[u8]| match open(bytes) {
        Opened::Damaged { damage, store, .. } => {
            assert!(store.plans.is_empty());
            damage
        }
        other => panic!("expected damage, got {other:?}"),
    };
    assert_eq!(damage(b""), Damage::Empty);
    assert_eq!(damage(b"  \n"), Damage::Empty);
    assert_eq!(damage(&V1.as_bytes()[..V1.len() / 2]), Damage::NotJson);
    assert_eq!(damage(b"\x00\x00\x00\x00"), Damage::NotJson);
    assert_eq!(damage(b"{{"), Damage::NotJson);
    assert_eq!(damage(b"[1, 2]"), Damage::WrongShape);
    assert_eq!(damage(br#"{"store": "plans"}"#), Damage::WrongShape);
    assert_eq!(
        damage(br#"{"store": {"plans": {"a": 1}}}"#),
        Damage::WrongShape
    );
    assert_eq!(
        damage(br#"{"store": {"schemaVersion": "one"}}"#),
        Damage::WrongShape
    );
    assert_eq!(
        damage(br#"{"store": {"schemaVersion": 0}}"#),
        Damage::WrongShape
    );
    // A store file the plugin made before anything was saved.
    assert_eq!(clean(b"{}"), PlanStore::default());
}

#[test]
fn one_bad_plan_does_not_cost_the_others() {
    let mut file: Value = serde_json::from_str(V1).unwrap();
    let good = file["store"]["plans"][0].clone();
    let mut wrong_type = good.clone();
    wrong_type["id"] = "b".into();
    wrong_type["plan"]["horizonYears"] = "ten".into();
    let mut second_good = good.clone();
    second_good["id"] = "c".into();
    file["store"]["plans"] = Value::Array(vec![good, wrong_type, Value::from(17), second_good]);
    match open(&serde_json::to_vec(&file).unwrap()) {
        Opened::Damaged {
            damage: Damage::SomePlansUnreadable,
            store,
            unreadable_plans,
        } => {
            assert_eq!(unreadable_plans, 2);
            let ids: Vec<_> = store.plans.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, [clean(V1.as_bytes()).plans[0].id.as_str(), "c"]);
        }
        other => panic!("expected some plans unreadable, got {other:?}"),
    }
}

/// `plans.json` in a fresh folder, removed when the test ends (keep the first value alive).
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plans.json");
    (dir, path)
}

fn names(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn saving_keeps_the_previous_generation_and_no_temporary_files() {
    let (_dir, path) = scratch();
    let first = clean(V1.as_bytes());
    save(&path, &first).unwrap();
    assert_eq!(names(&path), ["plans.json"]);
    let mut second = first.clone();
    second.plans[0].plan.name = "Endret".into();
    save(&path, &second).unwrap();
    assert_eq!(names(&path), ["plans.json", "plans.json.bak"]);
    assert_eq!(clean(&fs::read(&path).unwrap()), second);
    assert_eq!(clean(&fs::read(backup_path(&path)).unwrap()), first);
    let loaded = load(&path, "x").unwrap();
    assert_eq!((loaded.store, loaded.recovered), (second, None));
}

#[test]
fn a_damaged_file_is_moved_aside_and_the_readable_plans_kept() {
    let (_dir, path) = scratch();
    let store = clean(V1.as_bytes());
    save(&path, &store).unwrap();
    save(&path, &store).unwrap(); // now the backup holds the plan too
    fs::write(&path, &V1.as_bytes()[..V1.len() / 3]).unwrap(); // cut off
    let loaded = load(&path, "20261124-101500").unwrap();
    let recovered = loaded.recovered.unwrap();
    assert_eq!(recovered.damage, Damage::NotJson);
    assert_eq!(recovered.from_backup, 1);
    assert_eq!(
        recovered.moved_to,
        path.with_file_name("plans.damaged-20261124-101500.json")
    );
    assert_eq!(loaded.store, store);
    // The damaged bytes are kept as they were; the new file opens clean.
    assert_eq!(
        fs::read(&recovered.moved_to).unwrap(),
        &V1.as_bytes()[..V1.len() / 3]
    );
    assert_eq!(clean(&fs::read(&path).unwrap()), store);
}

#[test]
fn an_empty_file_with_no_backup_starts_empty_and_keeps_the_file() {
    let (_dir, path) = scratch();
    fs::write(&path, b"").unwrap();
    let loaded = load(&path, "s").unwrap();
    assert!(loaded.store.plans.is_empty());
    assert_eq!(loaded.recovered.unwrap().damage, Damage::Empty);
    assert_eq!(names(&path), ["plans.damaged-s.json", "plans.json"]);
}

#[test]
fn a_newer_file_is_loaded_but_left_alone() {
    let (_dir, path) = scratch();
    fs::write(&path, NEWER).unwrap();
    let loaded = load(&path, "s").unwrap();
    assert_eq!(loaded.newer_version, Some(4));
    assert_eq!(fs::read_to_string(&path).unwrap(), NEWER);
    assert_eq!(names(&path), ["plans.json"]);
}

#[test]
fn start_up_clears_what_a_killed_save_left_behind() {
    let (_dir, path) = scratch();
    save(&path, &clean(V1.as_bytes())).unwrap();
    // A kill during the write, and one between the backup's hard link and its rename.
    fs::write(path.with_file_name(".plans.json.4242-7.tmp"), b"{\"st").unwrap();
    fs::write(path.with_file_name(".plans.json.bak.link.tmp"), V1).unwrap();
    let loaded = load(&path, "s").unwrap();
    assert!(loaded.recovered.is_none());
    assert_eq!(names(&path), ["plans.json"]);
}

#[test]
fn one_app_at_a_time_holds_the_lock_and_a_killed_one_lets_go() {
    let (_dir, path) = scratch();
    let first = lock(&path);
    assert!(matches!(first, Lock::Held(_)), "{first:?}");
    // A second open of the file is what a second app does: it must not get it.
    assert!(matches!(lock(&path), Lock::Elsewhere));
    drop(first);
    assert!(matches!(lock(&path), Lock::Held(_)));
    // An app on its way out: the next start waits for it rather than opening read-only.
    let closing = lock(&path);
    let started = std::time::Instant::now();
    let leaves = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        drop(closing);
    });
    assert!(matches!(
        lock_within(&path, Duration::from_secs(5)),
        Lock::Held(_)
    ));
    assert!(started.elapsed() >= Duration::from_millis(200));
    leaves.join().unwrap();
    // Held for good: it gives up when its patience is spent.
    let _held = lock(&path);
    assert!(matches!(
        lock_within(&path, Duration::from_millis(100)),
        Lock::Elsewhere
    ));
    // The lock file is not a leftover start-up clears, nor a plans file.
    assert_eq!(names(&path), [".plans.json.lock"]);
    save(&path, &clean(V1.as_bytes())).unwrap();
    load(&path, "s").unwrap();
    assert_eq!(names(&path), [".plans.json.lock", "plans.json"]);
}

#[test]
fn a_second_app_reads_the_plans_and_changes_nothing() {
    let (_dir, path) = scratch();
    assert!(view(&path).unwrap().store.plans.is_empty());
    let store = clean(V1.as_bytes());
    save(&path, &store).unwrap();
    save(&path, &store).unwrap();
    let in_flight = path.with_file_name(".plans.json.4242-7.tmp");
    fs::write(&in_flight, b"{\"st").unwrap();
    assert_eq!(view(&path).unwrap().store, store);
    // Damaged: what can be read, or else the previous generation; nothing moved or removed.
    fs::write(&path, &V1.as_bytes()[..V1.len() / 3]).unwrap();
    let seen = view(&path).unwrap();
    assert_eq!((seen.store, seen.recovered), (store, None));
    assert_eq!(
        names(&path),
        [".plans.json.4242-7.tmp", "plans.json", "plans.json.bak"]
    );
    fs::write(&path, NEWER).unwrap();
    assert_eq!(view(&path).unwrap().newer_version, Some(4));
}

/// Windows: the previous generation (`plans.json.bak`) held a moment by another program (an
/// indexer, a backup tool) no longer fails the save: its rename waits as the plans file's does.
#[cfg(windows)]
#[test]
fn a_backup_held_a_moment_by_another_program_does_not_fail_the_save() {
    use std::os::windows::fs::OpenOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plans.json");
    let store = clean(V2.as_bytes());
    save(&path, &store).unwrap();
    save(&path, &store).unwrap();
    let backup = backup_path(&path);
    assert!(backup.is_file());
    let held = fs::OpenOptions::new()
        .read(true)
        .share_mode(0)
        .open(&backup)
        .unwrap();
    let released = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        drop(held);
    });
    save(&path, &store).unwrap();
    released.join().unwrap();
    assert_eq!(clean(&fs::read(&path).unwrap()), store);
}
