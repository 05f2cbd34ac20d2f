//! The smoke run of an installed app: `ERFARINGSPLAN_SMOKE=<folder>`. The bundle workflow installs
//! each installer on its own system and starts the app so, and `npm test` does the same with the
//! built `.deb`: a bundle that cannot start, show its window, save or export fails there.
//!
//! The app starts as usual. Once the UI reports its first screen (the plan list) painted in the
//! real window, the app adds the example plan to the user's plans and saves them as it saves
//! every change, exports that plan as a PDF and a workbook into the folder, reads all three back,
//! writes `smoke.txt` there with what it did, and exits 0. Any failure exits 1 with the reason
//! on stderr; no first screen within [`PATIENCE`] exits 2.

use std::{
    path::{Path, PathBuf},
    sync::atomic::{AtomicBool, Ordering},
    time::Duration,
};

use erfaringsplan_engine::{
    example::example_from,
    export::{render_plan, DocumentInfo, Format},
    model::plan::{StoredPlan, WizardStep},
    store::store_file,
    text::Locale,
};
use tauri::{AppHandle, Manager, Runtime};

use crate::plan_store::{self, StoreAccess};

/// How long the app may take to show its first screen in a smoke run.
const PATIENCE: Duration = Duration::from_secs(90);

static STARTED: AtomicBool = AtomicBool::new(false);

/// The folder a smoke run writes into, when this is one.
pub fn folder() -> Option<PathBuf> {
    std::env::var_os("ERFARINGSPLAN_SMOKE")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// In a smoke run, ends the app with exit code 2 if its first screen does not come in time.
pub fn watch<R: Runtime>(app: &AppHandle<R>) {
    if folder().is_none() {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(PATIENCE);
        if !STARTED.load(Ordering::SeqCst) {
            eprintln!("smoke: no first screen within {} s", PATIENCE.as_secs());
            app.exit(2);
        }
    });
}

/// In a smoke run, called once the first screen is painted: saves, exports, checks, exits.
pub fn first_screen_shown<R: Runtime>(app: &AppHandle<R>) {
    let Some(folder) = folder() else { return };
    if STARTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || match run(&app, &folder) {
        Ok(report) => {
            println!("{report}");
            app.exit(0);
        }
        Err(reason) => {
            eprintln!("smoke: {reason}");
            app.exit(1);
        }
    });
}

/// Today as YYYY-MM-DD (UTC), the day printed on the documents.
fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}

fn run<R: Runtime>(app: &AppHandle<R>, folder: &Path) -> Result<String, String> {
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let today = today();
    let plan = example_from(&today).map_err(|e| e.to_string())?;
    let id = format!("smoke-{today}");
    let stored = StoredPlan {
        id: id.clone(),
        plan: plan.clone(),
        step: WizardStep::Summary,
        updated_at: format!("{today}T00:00:00Z"),
        drafts: Default::default(),
        alternative_of: None,
        versions: Vec::new(),
        example: true,
    };
    let access = app.state::<StoreAccess>();
    let store = plan_store::add_and_save(app, &access, stored)
        .map_err(|e| format!("saving the plans: {e}"))?;
    // Read back as the next start reads it.
    let saved = store_file::view(&store).map_err(|e| format!("{}: {e}", store.display()))?;
    if !saved
        .store
        .plans
        .iter()
        .any(|p| p.id == id && p.plan == plan)
    {
        return Err(format!("{} does not hold the plan saved", store.display()));
    }
    let info = DocumentInfo {
        locale: Locale::Nb,
        today: today.clone(),
        last_changed: None,
        app_version: app.package_info().version.to_string(),
    };
    let mut lines = vec![format!("plans: {}", store.display())];
    for (format, name, magic) in [
        (Format::Pdf, "erfaringsplan-smoke.pdf", b"%PDF-".as_slice()),
        (
            Format::Xlsx,
            "erfaringsplan-smoke.xlsx",
            b"PK\x03\x04".as_slice(),
        ),
    ] {
        let bytes = render_plan(format, &plan, &info).map_err(|e| format!("{name}: {e}"))?;
        let path = folder.join(name);
        erfaringsplan_engine::store::atomic_file::write(&path, &bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let back = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if !back.starts_with(magic) || back.len() != bytes.len() {
            return Err(format!("{} is not the document written", path.display()));
        }
        lines.push(format!("{name}: {} bytes", back.len()));
    }
    let report = format!(
        "smoke: Erfaringsplan {} started, saved and exported\n{}\n",
        app.package_info().version,
        lines.join("\n")
    );
    std::fs::write(folder.join("smoke.txt"), &report)
        .map_err(|e| format!("{}: {e}", folder.display()))?;
    Ok(report)
}
