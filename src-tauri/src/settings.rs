//! The app's own settings, kept by tauri-plugin-store in `settings.json` beside the plans: the
//! language the user chose, the window's size, the folder a file was last saved in or opened
//! from, and the plan opened last (the plan list offers to go on with it). The plans themselves never go through the plugin (see [`crate::plan_store`]).
//!
//! Settings are a convenience: a value that is missing, damaged or from another version is
//! simply not used, and the app starts with its defaults. The plugin writes the file when a
//! value changes (after a short pause) and once more when the app exits.

use std::path::{Path, PathBuf};

use erfaringsplan_engine::text::Locale;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::{utils::config::WindowConfig, AppHandle, Manager, Runtime, WebviewWindowBuilder};
use tauri_plugin_store::StoreExt;
use ts_rs::TS;

pub const SETTINGS_FILE: &str = "settings.json";

const LANGUAGE: &str = "language";
const WINDOW: &str = "window";
const LAST_FOLDER: &str = "lastFolder";
const LAST_PLAN: &str = "lastPlan";
/// Longer than any plan id the app makes (a UUID); a longer one is not one of ours.
const MAX_PLAN_ID_CHARS: usize = 100;

/// The label of the app's one window in `tauri.conf.json`.
pub const MAIN_WINDOW: &str = "main";

/// What the UI needs to know at start.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Settings {
    /// The language chosen last; `None` until the user picks one.
    pub language: Option<Locale>,
    /// The id of the plan opened last; it may since have been deleted.
    pub last_plan_id: Option<String>,
}

/// The window's size in logical pixels, as the user left it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowSize {
    pub width: f64,
    pub height: f64,
    #[serde(default)]
    pub maximized: bool,
}

/// The smallest window the layout is made for: `minWidth` × `minHeight` in the config.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinSize {
    pub width: f64,
    pub height: f64,
}

impl MinSize {
    fn of(config: &WindowConfig) -> Self {
        Self {
            width: config.min_width.unwrap_or(0.0),
            height: config.min_height.unwrap_or(0.0),
        }
    }
}
/// Larger than any screen: a size beyond this is not a size the user left.
const MAX_SIDE: f64 = 16_384.0;

impl WindowSize {
    /// The size from the settings file, if it is one the window can take.
    pub fn from_value(value: &Value, min: MinSize) -> Option<Self> {
        serde_json::from_value::<Self>(value.clone())
            .ok()
            .filter(|size| size.fits(min))
    }

    /// Whether the window can take this size (geometry in pixels, not money: a float is right).
    fn fits(&self, min: MinSize) -> bool {
        let fits = |v: f64, min: f64| v.is_finite() && (min..=MAX_SIDE).contains(&v);
        fits(self.width, min.width) && fits(self.height, min.height)
    }
}

fn language_from(value: Option<Value>) -> Option<Locale> {
    value.and_then(|v| serde_json::from_value(v).ok())
}

fn plan_id_from(value: Option<Value>) -> Option<String> {
    let id = value?.as_str()?.to_owned();
    (!id.is_empty() && id.chars().count() <= MAX_PLAN_ID_CHARS).then_some(id)
}

fn folder_from(value: Option<Value>) -> Option<PathBuf> {
    let folder = PathBuf::from(value?.as_str()?);
    (folder.is_absolute() && folder.is_dir()).then_some(folder)
}

/// The settings store; `None` if it cannot be opened (then nothing is remembered).
fn store<R: Runtime>(app: &AppHandle<R>) -> Option<std::sync::Arc<tauri_plugin_store::Store<R>>> {
    app.store(SETTINGS_FILE).ok()
}

#[tauri::command]
pub fn settings(app: AppHandle) -> Settings {
    let Some(s) = store(&app) else {
        return Settings::default();
    };
    Settings {
        language: language_from(s.get(LANGUAGE)),
        last_plan_id: plan_id_from(s.get(LAST_PLAN)),
    }
}

/// Remembers the plan the user has just opened.
#[tauri::command]
pub fn remember_last_plan(app: AppHandle, plan_id: String) {
    if let (Some(s), Some(id)) = (store(&app), plan_id_from(Some(Value::String(plan_id)))) {
        s.set(LAST_PLAN, id);
    }
}

#[tauri::command]
pub fn remember_language(app: AppHandle, language: Locale) {
    if let Some(s) = store(&app) {
        s.set(
            LANGUAGE,
            serde_json::to_value(language).unwrap_or(Value::Null),
        );
    }
}

/// The folder to open a file dialog in: the one used last, if it is still there.
pub fn last_folder<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    folder_from(store(app)?.get(LAST_FOLDER))
}

/// Remembers the folder of a file the user chose in a dialog.
pub fn remember_folder_of<R: Runtime>(app: &AppHandle<R>, file: &Path) {
    let (Some(s), Some(folder)) = (store(app), file.parent()) else {
        return;
    };
    if let Some(folder) = folder.to_str() {
        s.set(LAST_FOLDER, folder);
    }
}

/// The main window's configuration in `tauri.conf.json`.
fn main_window_config<R: Runtime>(app: &AppHandle<R>) -> WindowConfig {
    app.config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
        .cloned()
        .unwrap_or_default()
}

/// Opens the main window at the size it was left at (the config's size the first time).
pub fn open_main_window<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let config = main_window_config(app);
    let min = MinSize::of(&config);
    let mut builder = WebviewWindowBuilder::from_config(app, &config)?;
    if let Some(size) = store(app)
        .and_then(|s| s.get(WINDOW))
        .as_ref()
        .and_then(|v| WindowSize::from_value(v, min))
    {
        builder = builder
            .inner_size(size.width, size.height)
            .maximized(size.maximized);
    }
    builder.build()?;
    Ok(())
}

/// Remembers the main window's size after the user resized or maximised it.
pub fn remember_window_size<R: Runtime>(window: &tauri::Window<R>) {
    if window.label() != MAIN_WINDOW || window.is_minimized().unwrap_or(true) {
        return;
    }
    let maximized = window.is_maximized().unwrap_or(false);
    let Some(s) = store(window.app_handle()) else {
        return;
    };
    // A maximised window keeps the size it had before, to go back to.
    let config = main_window_config(window.app_handle());
    let min = MinSize::of(&config);
    let previous = s
        .get(WINDOW)
        .as_ref()
        .and_then(|v| WindowSize::from_value(v, min));
    let size = match (maximized, previous) {
        (true, Some(before)) => WindowSize {
            maximized: true,
            ..before
        },
        _ => {
            let (Ok(physical), Ok(scale)) = (window.inner_size(), window.scale_factor()) else {
                return;
            };
            let logical = physical.to_logical::<f64>(scale);
            WindowSize {
                width: logical.width.round(),
                height: logical.height.round(),
                maximized,
            }
        }
    };
    // The window reports its size when it is shown, too: only a change is worth a write (and a
    // window never resized keeps no size at all).
    let unchanged = previous.unwrap_or(WindowSize {
        width: config.width,
        height: config.height,
        maximized: config.maximized,
    });
    if size.fits(min) && size != unchanged {
        s.set(WINDOW, serde_json::to_value(size).unwrap_or(Value::Null));
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_window_size_is_used_only_when_the_window_can_take_it() {
        let min = MinSize {
            width: 720.0,
            height: 560.0,
        };
        let size = |v: Value| WindowSize::from_value(&v, min);
        assert_eq!(
            size(json!({"width": 1000.0, "height": 700.0})),
            Some(WindowSize {
                width: 1000.0,
                height: 700.0,
                maximized: false
            })
        );
        assert_eq!(
            size(json!({"width": 720, "height": 560, "maximized": true})).map(|s| s.maximized),
            Some(true)
        );
        // Smaller than the layout is made for, absurdly large, or not a size at all.
        assert_eq!(size(json!({"width": 300, "height": 700})), None);
        assert_eq!(size(json!({"width": 1000, "height": 100})), None);
        assert_eq!(size(json!({"width": 1e9, "height": 700})), None);
        assert_eq!(size(json!({"width": "wide", "height": 700})), None);
        assert_eq!(size(json!("1000x700")), None);
        assert_eq!(size(json!(null)), None);
    }

    #[test]
    fn a_language_is_one_the_app_speaks_or_none() {
        assert_eq!(language_from(Some(json!("nb"))), Some(Locale::Nb));
        assert_eq!(language_from(Some(json!("en"))), Some(Locale::En));
        assert_eq!(language_from(Some(json!("sv"))), None);
        assert_eq!(language_from(Some(json!(7))), None);
        assert_eq!(language_from(None), None);
    }

    #[test]
    fn a_last_plan_is_an_id_or_none() {
        let id = "0b9f6c1e-7d4a-4c1e-9b1a-2f8e0a6d3c55";
        assert_eq!(plan_id_from(Some(json!(id))), Some(id.to_owned()));
        assert_eq!(plan_id_from(Some(json!(""))), None);
        assert_eq!(plan_id_from(Some(json!("x".repeat(101)))), None);
        assert_eq!(plan_id_from(Some(json!(42))), None);
        assert_eq!(plan_id_from(None), None);
    }

    #[test]
    fn a_folder_is_used_only_while_it_exists() {
        let scratch = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let here = scratch.path().to_string_lossy().into_owned();
        assert_eq!(
            folder_from(Some(json!(here))),
            Some(scratch.path().to_path_buf())
        );
        let gone = scratch.path().join("gone").to_string_lossy().into_owned();
        assert_eq!(folder_from(Some(json!(gone))), None);
        assert_eq!(folder_from(Some(json!("relative/folder"))), None);
        assert_eq!(folder_from(Some(json!(["/tmp"]))), None);
    }
}
