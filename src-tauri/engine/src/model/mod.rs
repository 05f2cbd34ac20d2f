//! What a plan is made of, as it is saved and sent over IPC: the plan (the aggregate), its
//! organisation, posts, grants, other costs and checklist, and the calendar months they are
//! dated in. Plain data with the serde, ts-rs and JSON Schema shapes; the rules about it live
//! in `rules`, `validate` and `projection`.

pub mod budget;
pub mod calendar;
pub mod checklist;
pub mod cost_item;
pub mod figure;
pub mod grant;
pub mod organisation;
pub mod plan;
pub mod position;
pub mod scenario;
