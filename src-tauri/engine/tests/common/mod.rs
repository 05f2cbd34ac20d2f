pub mod plans;
pub mod random;
