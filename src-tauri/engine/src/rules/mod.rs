//! Figures from outside the plan that the engine applies to it, each with its source: the
//! employer's contribution rates by zone and year, the usual salary for the role, and the
//! municipal chart of accounts' codes for the budget lines.

pub mod aga;
pub mod kostra;
pub mod salary_range;
