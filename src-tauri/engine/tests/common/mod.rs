pub mod libreoffice;
pub mod plans;
pub mod random;
