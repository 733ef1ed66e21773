//! The end-to-end tests: the real `touchmap` binary on real map folders.
//!
//! One test binary holds them all, one module a command or concern: as a
//! binary each, every file was compiled and linked on its own, with its own
//! copy of `common` and of the generic code it uses from serde_json, scraper
//! and the standard library (see docs/development.md). Run one module with
//! `cargo test --test e2e base_url::`.
//!
//! The tests share one process: none may change its environment or working
//! folder (give a child process its own with `Command::env` and
//! `Command::current_dir`), and each writes only to folders of its own
//! (`common::TempDir`, `tempfile`).

mod common;

mod attachments;
mod base_url;
mod big_maps;
mod build;
mod check_fixtures;
mod ci_workflow;
mod cli;
mod diff;
mod hostile_input;
mod html_valid;
mod i18n;
mod insights_lists;
mod journey_lanes;
mod line_breaks_and_links;
mod output_swap;
mod personas;
mod posters;
mod search;
mod serve;
