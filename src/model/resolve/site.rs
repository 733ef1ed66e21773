//! The `site:` section (title, language, base URL, output folder, limits)
//! and what else it declares: the brand values and the positioning map's
//! axes.

use super::{Registry, Resolver, at_loc, humanise, loc};
use crate::diagnostics::Location;
use crate::load::id_kind::IdKind;
use crate::load::located::At;
use crate::load::{LoadedFile, MAP_FILE, Sources, output_folder, raw};
use crate::model::{BrandValue, Component, Positioning, Site, ValueProposition};
use std::path::{Path, PathBuf};

const DEFAULT_MAX_PER_STAGE: usize = 8;

impl Resolver<'_> {
    /// The `site:` section: exactly one, in touchmap.yaml.
    pub(super) fn site(
        &mut self,
        files: &[LoadedFile],
        sources: &Sources,
        site_failed: bool,
        messages: &std::collections::BTreeMap<String, String>,
    ) -> Site {
        let found = self.site_section(files, sources);
        let mut site = Site {
            title: "Touchpoint map".into(),
            brand: None,
            description: None,
            language: "en".into(),
            base_url: "/".into(),
            url_origin: None,
            brand_values: Vec::new(),
            max_touchpoints_per_stage: DEFAULT_MAX_PER_STAGE,
            positioning: Positioning {
                x: "price".into(),
                y: "personalization".into(),
            },
            output: "public".into(),
            allow_scripts_in_attachments: false,
            origin: Location::file_start(MAP_FILE),
        };
        let Some((file, s)) = found else {
            // A touchmap.yaml that did not parse was reported already; whether
            // it has a `site:` is unknown.
            if site_failed || !files.iter().any(|f| f.rel == Path::new(MAP_FILE)) {
                return site;
            }
            self.error(
                "missing-site",
                "touchmap.yaml has no `site:` section".into(),
                Location::file_start(MAP_FILE),
                Some("add `site:` with at least `title: Your map's title`".into()),
            );
            return site;
        };
        let v = &s.value;
        site.origin = loc(&file, s.pos);
        site.title = v.title.value.clone();
        if v.title.value.trim().is_empty() {
            self.error(
                "empty-title",
                "the site title is empty".into(),
                loc(&file, v.title.pos),
                Some("give the map a title, e.g. `title: Customer touchpoints`".into()),
            );
        }
        site.brand = v.brand.clone();
        site.description = v.description.clone();
        site.allow_scripts_in_attachments = v.allow_scripts_in_attachments.unwrap_or(false);
        if let Some(lang) = &v.language {
            if super::messages::is_language_tag(&lang.value) {
                site.language = lang.value.clone();
                if let Some(f) = super::messages::unknown_language(lang, &file, messages) {
                    self.findings.push(f);
                }
            } else {
                self.error(
                    "invalid-value",
                    format!("`{}` is not a BCP 47 language tag", lang.value),
                    at_loc(&file, lang),
                    Some("use a tag such as `en`, `nl`, `fr-BE`".into()),
                );
            }
        }
        if let Some(base) = &v.base_url {
            match super::parse_base_url(&base.value) {
                Ok(b) => {
                    site.base_url = b.path;
                    site.url_origin = b.origin;
                }
                Err(why) => self.error(
                    "invalid-value",
                    format!(
                        "`{}` is not a usable base_url: {why}",
                        crate::diagnostics::one_line(&base.value, 80)
                    ),
                    at_loc(&file, base),
                    Some(super::BASE_URL_FORMS.to_string()),
                ),
            }
        }
        if let Some(max) = &v.limits.max_touchpoints_per_stage
            && let Some(n) = self.in_range("max_touchpoints_per_stage", max, 1, 10_000, &file)
        {
            site.max_touchpoints_per_stage = n as usize;
        }
        if let Some(out) = &v.output {
            match output_folder(&out.value) {
                Some(folder) => site.output = folder,
                None => {
                    self.error(
                    "invalid-value",
                    format!("`{}` is not a usable output folder", out.value),
                    at_loc(&file, out),
                    Some("name a folder inside the map, e.g. `public`; use `touchmap build -o PATH` for elsewhere".into()),
                    );
                }
            }
        }
        site
    }

    /// The `site:` section of touchmap.yaml; one in any other file is
    /// reported (at its key) and ignored.
    fn site_section<'f>(
        &mut self,
        files: &'f [LoadedFile],
        sources: &Sources,
    ) -> Option<(PathBuf, &'f At<raw::RawSite>)> {
        let mut found = None;
        for f in files {
            let Some(s) = &f.content.site else { continue };
            if f.rel != Path::new(MAP_FILE) {
                // Point at the `site:` key, not at the first line of its value.
                let at = sources
                    .get(&f.rel)
                    .and_then(|text| top_level_key_line(text, "site", s.pos.line))
                    .map_or_else(
                        || loc(&f.rel, s.pos),
                        |l| Location::new(&f.rel, l, 1).with_len(4),
                    );
                self.error(
                    "misplaced-site",
                    "the `site:` section belongs in touchmap.yaml".into(),
                    at,
                    Some("move it to touchmap.yaml".into()),
                );
            } else {
                found = Some((f.rel.clone(), s));
            }
        }
        found
    }

    /// The brand values declared in `site:`, and the positioning axes
    /// (which must name value components; else the first two).
    pub(super) fn brand_values(
        &mut self,
        files: &[LoadedFile],
        site: &mut Site,
        component_reg: &Registry,
        value_proposition: &ValueProposition,
    ) -> Registry {
        let mut brand_reg = self.registry(IdKind::BrandValue);
        if let Some((site_file, raw_site)) = files
            .iter()
            .find_map(|f| f.content.site.as_ref().map(|s| (f.rel.clone(), s)))
        {
            let mut values = Vec::new();
            for bv in &raw_site.value.brand_values {
                if self.register(&mut brand_reg, &bv.value.id, &site_file, values.len()) {
                    values.push(BrandValue {
                        id: bv.value.id.value.clone(),
                        name: bv
                            .value
                            .name
                            .clone()
                            .unwrap_or_else(|| humanise(&bv.value.id.value)),
                        description: bv.value.description.clone(),
                    });
                }
            }
            site.brand_values = values;
            if let Some(p) = &raw_site.value.positioning {
                let x = self.reference(component_reg, &p.value.x, &site_file);
                let y = self.reference(component_reg, &p.value.y, &site_file);
                if let (Some(x), Some(y)) = (x, y) {
                    site.positioning = Positioning { x: x.id, y: y.id };
                }
            }
        }
        if !component_reg.index.contains_key(&site.positioning.x)
            || !component_reg.index.contains_key(&site.positioning.y)
        {
            // Default axes: the first two components.
            let ids: Vec<&Component> = value_proposition.components.iter().take(2).collect();
            site.positioning = Positioning {
                x: ids.first().map(|c| c.id.clone()).unwrap_or_default(),
                y: ids
                    .get(1)
                    .or(ids.first())
                    .map(|c| c.id.clone())
                    .unwrap_or_default(),
            };
        }
        brand_reg
    }
}

/// The line (1-based) of the top-level `key:` that holds the value starting
/// at line `value_line`: the nearest such line at or above it.
pub(super) fn top_level_key_line(text: &str, key: &str, value_line: u32) -> Option<u32> {
    let lines: Vec<&str> = text.lines().take(value_line as usize).collect();
    lines
        .iter()
        .rposition(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i as u32 + 1)
}
