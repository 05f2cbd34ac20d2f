//! What the engine writes for people to read: the hiring plan as a PDF, and the projection as
//! CSV, JSON or a terminal table.

pub mod pdf;
