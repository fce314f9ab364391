//! Pieces shared by the views.

pub mod approvals_chart;
pub mod connection;
pub mod course_timeline;
pub mod diagram;
pub mod drug_card;
pub mod drug_filters;
pub mod layout;
pub mod markdown;
pub mod provenance;
pub mod status;
pub mod term_tip;
