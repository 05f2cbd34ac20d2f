//! LibreOffice for the tests that open the engine's files the way a user does. It comes from the
//! project's setup (`libreoffice-calc-nogui`); where it is missing and not required
//! (`ERFARINGSPLAN_REQUIRE_LIBREOFFICE`), those checks are skipped with a note.

#![allow(dead_code)] // each test file uses some of them

use std::path::{Path, PathBuf};

/// `soffice`, or `None` (with a note) where it is not installed and not required.
pub fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("soffice"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("ERFARINGSPLAN_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice (soffice) is required but not installed: run .ci/setup.sh"
        );
        eprintln!("LibreOffice is not installed: its check is skipped here");
    }
    found
}

/// A throw-away LibreOffice profile in `dir` that recalculates every formula of a file it opens
/// (0 = always, 1 = never, 2 = ask; for OOXML and ODF files); the `-env:` argument that uses it.
pub fn recalculating_profile(dir: &Path) -> String {
    let profile = dir.join("profile");
    std::fs::create_dir_all(profile.join("user")).unwrap();
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .unwrap();
    format!("-env:UserInstallation=file://{}", profile.display())
}
