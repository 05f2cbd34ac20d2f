//! Figures from outside the plan that the engine applies to it, each with its source: the
//! employer's contribution rates by zone and year, and the usual salary for the role.

pub mod aga;
pub mod salary_range;
