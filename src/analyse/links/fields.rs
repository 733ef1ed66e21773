//! Links in the markdown fields of the YAML files (descriptions), checked
//! as in notes, and where in a YAML file a field is written.

use super::{Backlinks, Broken, Target, source_path};
use crate::analyse::attachments;
use crate::diagnostics::{Findings, Location};
use crate::load::links::{Ref, refs};
use crate::model::Model;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// A markdown field of a YAML file: what it describes, where that is
/// written, and its text.
pub(super) struct Field<'m> {
    what: String,
    origin: &'m Location,
    text: &'m str,
}

pub(super) fn fields<'m>(model: &'m Model) -> Vec<Field<'m>> {
    let mut out = Vec::new();
    let mut add = |what: String, origin: &'m Location, text: &'m Option<String>| {
        if let Some(text) = text {
            out.push(Field { what, origin, text });
        }
    };
    add(
        "the site's description".into(),
        &model.site.origin,
        &model.site.description,
    );
    for p in &model.personas {
        add(
            format!("the description of persona `{}`", p.id),
            &p.origin,
            &p.description,
        );
    }
    for t in &model.touchpoints {
        add(
            format!("the description of touchpoint `{}`", t.id),
            &t.origin,
            &t.description,
        );
    }
    for k in &model.kpis {
        add(
            format!("the description of KPI `{}`", k.id),
            &k.origin,
            &k.description,
        );
    }
    for c in &model.competitors {
        add(
            format!("the description of competitor `{}`", c.id),
            &c.origin,
            &c.description,
        );
    }
    for b in &model.benefits {
        add(
            format!("the description of benefit `{}`", b.id),
            &b.origin,
            &b.description,
        );
    }
    out
}

/// Checks the links and images in the markdown fields of the YAML files,
/// as in notes (relative to the YAML file), warning at the field; collects
/// the map files they show.
pub(super) fn check_fields(
    model: &Model,
    findings: &mut Findings,
    b: &mut Backlinks,
    svgs: &mut BTreeMap<String, Location>,
) {
    let fields = fields(model);
    let results: Vec<Vec<(Ref, Result<Target, Broken>)>> = fields
        .par_iter()
        .map(|f| {
            let from = source_path(f.origin);
            refs(f.text)
                .into_iter()
                .map(|r| {
                    let target = r.resolve(model, &from);
                    (r, target)
                })
                .collect()
        })
        .collect();
    for (field, results) in fields.iter().zip(results) {
        let at = || description_location(model, field.origin);
        for (r, result) in results {
            if let Some(f) = r.missing_alt(&field.what, at) {
                findings.push(f);
            }
            match result {
                Ok(Target::File(path, _)) => {
                    if attachments::is_svg(&path) {
                        svgs.entry(path.clone()).or_insert_with(at);
                    }
                    b.field_files.insert(path);
                }
                Ok(_) => {}
                Err(broken) => findings.push(broken.finding(&field.what, at())),
            }
        }
    }
}

/// Where the `description:` of the YAML mapping that starts at `origin` is
/// written (its value), or `origin` when it cannot be told.
pub(super) fn description_location(model: &Model, origin: &Location) -> Location {
    field_location(model, origin, "description")
}

/// Where the value of `key` in the YAML mapping that starts at `origin` is
/// written, or `origin` when it cannot be told (the model keeps where each
/// entity starts, not each of its fields).
pub fn field_location(model: &Model, origin: &Location, key: &str) -> Location {
    let key = format!("{key}:");
    let key = key.as_str();
    let first_line = origin.line.max(1);
    let Some(text) = model.sources.text_from_line(&origin.file, first_line) else {
        return origin.clone();
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + first_line as usize - 1, line));
    let Some((first_i, first)) = lines.next() else {
        return origin.clone();
    };
    let at = |i: usize, line: &str, byte: usize| {
        let value = byte + key.len();
        let pad = line[value..].len() - line[value..].trim_start().len();
        Location::new(
            &origin.file,
            i as u32 + 1,
            line[..value + pad].chars().count() as u32 + 1,
        )
    };
    // The indentation of the mapping's keys: after `- ` on its first line.
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut key_indent = indent(first);
    let mut rest = &first[key_indent..];
    while let Some(r) = rest.strip_prefix('-') {
        let r2 = r.trim_start();
        key_indent += rest.len() - r2.len();
        rest = r2;
    }
    if let Some(byte) = first.find(key) {
        return at(first_i, first, byte);
    }
    for (i, line) in lines {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let n = indent(line);
        if n < key_indent {
            break;
        }
        if n == key_indent && trimmed.starts_with(key) {
            return at(i, line, n);
        }
    }
    origin.clone()
}
