//! A persona of the map: who the customer is (name, photo, quote, goals,
//! a short profile) and the jobs, pains and gains the value proposition
//! answers. Kept apart from `mod.rs` so that the people of the map read as
//! one thing.

use crate::diagnostics::Location;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub jobs: Vec<Job>,
    pub pains: Vec<Pain>,
    pub gains: Vec<Gain>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Job {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pain {
    pub id: String,
    pub text: String,
    /// 1 to 3.
    pub severity: Option<u8>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Gain {
    pub id: String,
    pub text: String,
    /// 1 to 3.
    pub importance: Option<u8>,
}
