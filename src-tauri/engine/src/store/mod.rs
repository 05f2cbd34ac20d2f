//! Plans on disk: one plan as a file to share (`plan_file`), the app's file of every plan with
//! its versions, recovery and lock (`store_file`), and the atomic write both use.

pub mod atomic_file;
pub mod plan_file;
pub mod store_file;
