//! Writing a file so that a crash or a full disk never leaves a half-written one: the bytes go to
//! a temporary file in the same folder, are flushed to disk, and only then renamed over the
//! target (a rename within one file system is atomic). On failure the temporary file is removed
//! and the target is as it was.
//!
//! On Windows another program may hold the target open for a moment (an antivirus scanner, the
//! search indexer, OneDrive), and a rename over it then fails; the rename is tried again for up
//! to a second before the error is reported. Windows says «access denied» (5) for three things
//! the user must act on differently, and they are told apart ([`Refused`]): a file marked
//! read-only (reported at once: waiting does not help), a folder where no new file may be made
//! (Controlled Folder Access in Windows Security, or the folder's permissions), and a file
//! another program holds (waited for, then «open in another program»). A folder cannot be
//! flushed there, so only the file is.

use std::{
    fs::{self, File, OpenOptions},
    io::{self, Write},
    path::{Path, PathBuf},
    sync::atomic::{AtomicU32, Ordering},
    time::Duration,
};

/// Tries of a rename that another program blocks, and the pause between them (about 1 s).
const RENAME_TRIES: u32 = 20;
const RENAME_PAUSE: Duration = Duration::from_millis(50);

/// Why Windows refused a write with «access denied», where the user must act differently on
/// each. Carried inside an [`io::Error`] of kind [`io::ErrorKind::PermissionDenied`]; find it
/// with [`refused`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The file is marked read-only («Skrivebeskyttet» in its properties).
    ReadOnlyFile,
    /// No new file may be made in the folder: Windows Security's Controlled Folder Access, or
    /// the folder's permissions.
    FolderBlocked,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ReadOnlyFile => "the file is read-only",
            Self::FolderBlocked => "no new file may be made in the folder",
        })
    }
}

impl std::error::Error for Refused {}

/// The [`Refused`] reason inside `err`, if the write was refused for one.
pub fn refused(err: &io::Error) -> Option<Refused> {
    err.get_ref()?.downcast_ref::<Refused>().copied()
}

fn refusal(why: Refused) -> io::Error {
    io::Error::new(io::ErrorKind::PermissionDenied, why)
}

/// Windows' «access denied» (5).
fn access_denied(err: &io::Error) -> bool {
    cfg!(windows) && err.raw_os_error() == Some(5)
}

/// Whether `path` is a file marked read-only.
fn read_only_file(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().readonly())
}

/// Whether `err` says another program holds the file (Windows: access denied, 5, which is also
/// what replacing a file open without shared delete gives; a sharing violation, 32; a lock
/// violation, 33). Never on other systems, where an open file can be replaced.
pub fn held_by_another_program(err: &io::Error) -> bool {
    cfg!(windows) && matches!(err.raw_os_error(), Some(5 | 32 | 33))
}

/// `fs::rename` over `to`, tried again while another program holds it; still held after the
/// last try, the error is [`io::ErrorKind::ResourceBusy`] (the app says «open in another
/// program, for example Excel»). A target marked read-only is reported at once as
/// [`Refused::ReadOnlyFile`]. Used for every rename over a file the user or the app keeps: the
/// document, the plans file, and the plans file's previous generation.
pub fn rename_patiently(from: &Path, to: &Path) -> io::Result<()> {
    retry_while_held(
        || match fs::rename(from, to) {
            Err(err) if access_denied(&err) && read_only_file(to) => {
                Err(refusal(Refused::ReadOnlyFile))
            }
            result => result,
        },
        held_by_another_program,
        RENAME_TRIES,
        RENAME_PAUSE,
    )
}

/// Runs `attempt` up to `tries` times, pausing between, while its error is one `held` says
/// another program causes; any other outcome is returned at once. Held to the end, the error
/// becomes [`io::ErrorKind::ResourceBusy`].
fn retry_while_held(
    mut attempt: impl FnMut() -> io::Result<()>,
    held: impl Fn(&io::Error) -> bool,
    tries: u32,
    pause: Duration,
) -> io::Result<()> {
    let mut tried = 1;
    loop {
        match attempt() {
            Err(err) if held(&err) && tried < tries => {
                tried += 1;
                std::thread::sleep(pause);
            }
            Err(err) if held(&err) => return Err(io::Error::new(io::ErrorKind::ResourceBusy, err)),
            result => return result,
        }
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A temporary name next to `target`: `.name.pid-n.tmp`, so it is hidden and unique per write.
fn temp_path(target: &Path) -> io::Result<PathBuf> {
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut temp = std::ffi::OsString::from(".");
    temp.push(name);
    temp.push(format!(".{}-{n}.tmp", std::process::id()));
    Ok(target.with_file_name(temp))
}

/// Whether `output` is the same file as one of `inputs` — also through another path, a
/// symbolic link or a hard link (and, where the file system ignores case, another spelling). A
/// file that does not exist yet is none of them. A command that writes a file asks this first, so
/// `xlsx plan.json -o plan.json` cannot replace the plan with the workbook.
pub fn is_one_of(output: &Path, inputs: &[&Path]) -> bool {
    inputs
        .iter()
        .any(|input| same_file::is_same_file(output, input).unwrap_or(false))
}

/// Writes `bytes` to `target` atomically.
///
/// # Errors
/// Any I/O error: the folder is missing or not writable, the disk is full, the target is a
/// folder. The target is then unchanged.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    if target.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "the path is a folder",
        ));
    }
    if cfg!(windows) && read_only_file(target) {
        return Err(refusal(Refused::ReadOnlyFile));
    }
    let temp = temp_path(target)?;
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|err| {
                // The folder exists (or this would be «not found»), yet no file may be made in
                // it: on Windows most often Controlled Folder Access guarding Documents.
                if access_denied(&err) {
                    refusal(Refused::FolderBlocked)
                } else {
                    err
                }
            })?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        rename_patiently(&temp, target)?;
        // Make the rename itself durable (a folder cannot be opened to flush on Windows).
        #[cfg(not(windows))]
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(dir) = File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Removes temporary files a write to `target` left behind when the process was killed
/// mid-write (the target itself is whole either way). Returns how many were removed.
///
/// Only for a moment when no other write to `target` can be under way, such as start-up.
pub fn remove_leftovers(target: &Path) -> usize {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|entry| {
            let file_name = entry.file_name();
            let file_name = file_name.to_string_lossy();
            file_name.starts_with(&prefix)
                && file_name.ends_with(".tmp")
                && entry.file_type().is_ok_and(|t| t.is_file())
        })
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder, removed when the test ends.
    fn scratch() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_file() {
        let scratch = scratch();
        let dir = scratch.path();
        let target = dir.join("plan.pdf");
        fs::write(&target, b"old").unwrap();
        write(&target, b"new contents").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new contents");
        let names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["plan.pdf"]);
    }

    #[test]
    fn a_failed_write_changes_nothing() {
        let scratch = scratch();
        let dir = scratch.path();
        // The folder does not exist.
        let err = write(&dir.join("missing").join("plan.pdf"), b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        // The target is a folder.
        let err = write(dir, b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::IsADirectory);
        assert_eq!(fs::read_dir(dir).unwrap().count(), 0);
    }

    /// Windows: a target another program holds open without shared delete (as Excel holds an
    /// open workbook) blocks the rename. Let go within the second, the write goes through; held
    /// longer, the write fails, says so, and changes nothing.
    #[cfg(windows)]
    #[test]
    fn a_file_another_program_holds_is_waited_for_then_reported() {
        use std::os::windows::fs::OpenOptionsExt;
        let scratch = scratch();
        let target = scratch.path().join("plan.xlsx");
        fs::write(&target, b"old").unwrap();
        let hold = |millis: u64| {
            let held = OpenOptions::new()
                .read(true)
                .share_mode(0)
                .open(&target)
                .unwrap();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(millis));
                drop(held);
            })
        };
        let released = hold(300);
        write(&target, b"new").unwrap();
        released.join().unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new");

        let released = hold(3_000);
        let err = write(&target, b"newer").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::ResourceBusy, "{err:?}");
        released.join().unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new");
        assert_eq!(fs::read_dir(scratch.path()).unwrap().count(), 1);
    }

    /// Windows: a file marked read-only is reported as such at once (not after a second of
    /// waiting, not as «open in another program»), and nothing is written.
    #[cfg(windows)]
    #[test]
    #[allow(clippy::permissions_set_readonly_false)]
    fn a_read_only_file_is_reported_as_read_only_at_once() {
        let scratch = scratch();
        let target = scratch.path().join("plan.pdf");
        fs::write(&target, b"old").unwrap();
        let mut permissions = fs::metadata(&target).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&target, permissions).unwrap();
        let started = std::time::Instant::now();
        let err = write(&target, b"new").unwrap_err();
        assert_eq!(refused(&err), Some(Refused::ReadOnlyFile), "{err:?}");
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(started.elapsed() < Duration::from_millis(500));
        assert_eq!(fs::read(&target).unwrap(), b"old");
        let mut permissions = fs::metadata(&target).unwrap().permissions();
        permissions.set_readonly(false);
        fs::set_permissions(&target, permissions).unwrap();
    }

    /// The reasons travel inside the error, for the app to word.
    #[test]
    fn a_refusal_is_found_in_the_error_and_nothing_else_is() {
        let err = refusal(Refused::FolderBlocked);
        assert_eq!(refused(&err), Some(Refused::FolderBlocked));
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(
            refused(&io::Error::from(io::ErrorKind::PermissionDenied)),
            None
        );
        assert_eq!(refused(&io::Error::from_raw_os_error(5)), None);
    }

    #[test]
    fn paths_with_spaces_and_norwegian_letters_work() {
        // As on a Windows PC: C:\Users\Åse Ødegård\Mine dokumenter\…
        let scratch = scratch();
        let dir = scratch.path().join("Åse Ødegård").join("Mine dokumenter");
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("ansettelsesplan-bydel-østensjø-ærøy.xlsx");
        write(&target, b"first").unwrap();
        write(&target, b"second").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"second");
        assert_eq!(remove_leftovers(&target), 0);
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
    }

    /// The retry itself, on every system: a rename held a few times goes through, one held to
    /// the end is reported busy after every try, and any other error is reported at once.
    #[test]
    fn a_held_rename_is_tried_again_then_reported_busy() {
        let held = |e: &io::Error| e.raw_os_error() == Some(32);
        let pause = Duration::from_millis(1);
        let mut calls = 0;
        let outcome = retry_while_held(
            || {
                calls += 1;
                if calls < 4 {
                    Err(io::Error::from_raw_os_error(32))
                } else {
                    Ok(())
                }
            },
            held,
            RENAME_TRIES,
            pause,
        );
        assert!(outcome.is_ok());
        assert_eq!(calls, 4);

        let mut calls = 0;
        let err = retry_while_held(
            || {
                calls += 1;
                Err(io::Error::from_raw_os_error(32))
            },
            held,
            RENAME_TRIES,
            pause,
        )
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::ResourceBusy);
        assert_eq!(calls, RENAME_TRIES);

        let mut calls = 0;
        let err = retry_while_held(
            || {
                calls += 1;
                Err(io::Error::from(io::ErrorKind::NotFound))
            },
            held,
            RENAME_TRIES,
            pause,
        )
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert_eq!(calls, 1);
        // About a second in all before giving up.
        assert_eq!(
            RENAME_PAUSE * (RENAME_TRIES - 1),
            Duration::from_millis(950)
        );
    }

    #[test]
    fn only_windows_reports_a_file_held_by_another_program() {
        let sharing = io::Error::from_raw_os_error(32);
        assert_eq!(held_by_another_program(&sharing), cfg!(windows));
        assert!(!held_by_another_program(&io::Error::from(
            io::ErrorKind::NotFound
        )));
    }

    #[test]
    fn leftovers_of_killed_writes_are_removed_and_nothing_else() {
        let scratch = scratch();
        let dir = scratch.path();
        let target = dir.join("plans.json");
        fs::write(&target, b"{}").unwrap();
        for name in [".plans.json.123-0.tmp", ".plans.json.9-17.tmp"] {
            fs::write(dir.join(name), b"half").unwrap();
        }
        for name in ["plans.json.bak", ".other.json.1-1.tmp", "notes.tmp"] {
            fs::write(dir.join(name), b"keep").unwrap();
        }
        assert_eq!(remove_leftovers(&target), 2);
        let mut left: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".other.json.1-1.tmp",
                "notes.tmp",
                "plans.json",
                "plans.json.bak"
            ]
        );
    }
}
