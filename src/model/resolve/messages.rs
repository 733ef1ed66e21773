//! The map's own messages (`i18n/LANG.ftl`), checked, and the words of the
//! site: the theme's in `site.language`, with the map's over them.

use super::{Resolver, at_loc};
use crate::diagnostics::Finding;
use crate::i18n::{Catalog, Language, check::check_messages};
use crate::load::LoadedFile;
use crate::load::located::At;
use crate::model::Site;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

impl Resolver<'_> {
    /// Checks each of the map's message files and returns the site's words.
    pub(super) fn messages(
        &mut self,
        _files: &[LoadedFile],
        site: &Site,
        messages: &BTreeMap<String, String>,
    ) -> Catalog {
        for (name, text) in messages {
            let rel = PathBuf::from(format!("i18n/{name}"));
            let named_for_a_language = name.strip_suffix(".ftl").is_some_and(is_language_tag);
            if named_for_a_language {
                for f in check_messages(&rel, text) {
                    self.findings.push(f);
                }
            } else {
                self.findings.push(
                    Finding::warning(
                        "message-file-name",
                        format!("`{}` is not read: a message file is named after its language", rel.display()),
                        crate::diagnostics::Location::file_start(&rel),
                    )
                    .with_hint(Some("name it after the language it translates, e.g. `i18n/pl.ftl` or `i18n/nl-BE.ftl`".into())),
                );
            }
        }
        Catalog::for_map(&site.language, messages)
    }
}

/// Whether `s` has the shape of a BCP 47 language tag (`en`, `nl-BE`).
pub(super) fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The warning for `site.language` (`lang`, in `file`) when the theme does
/// not speak it and the map brings no messages of its own for it.
pub(super) fn unknown_language(
    lang: &At<String>,
    file: &Path,
    messages: &BTreeMap<String, String>,
) -> Option<Finding> {
    let tag = &lang.value;
    if Language::from_tag(tag).is_some() {
        return None;
    }
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    if messages.contains_key(&format!("{tag}.ftl"))
        || messages.contains_key(&format!("{primary}.ftl"))
    {
        return None;
    }
    let spoken: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    Some(
        Finding::warning(
            "unknown-language",
            format!("the site's own words are not translated into `{tag}`: they will be English"),
            at_loc(file, lang),
        )
        .with_hint(Some(format!(
            "the theme speaks {}; for another language, translate its English messages into `i18n/{primary}.ftl` in the map folder (see docs/translating.md)",
            spoken.join(", ")
        ))),
    )
}
