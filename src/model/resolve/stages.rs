//! Stages: the columns of the map, in the order the files declare them, or
//! the default journey when no file declares any.

use super::{Registry, Resolver, humanise, loc};
use crate::diagnostics::Location;
use crate::i18n::Catalog;
use crate::load::id_kind::IdKind;
use crate::load::{LoadedFile, MAP_FILE};
use crate::model::Stage;

/// The ids of the stages used when no file declares any (map-format §2);
/// their names and descriptions are the messages `default-stage-ID` and
/// `default-stage-ID-description`, in the map's language.
pub const DEFAULT_STAGES: [&str; 5] = [
    "awareness",
    "consideration",
    "decision",
    "post-purchase",
    "retention",
];

impl Resolver<'_> {
    /// The stages with their registry, and whether they are the defaults.
    pub(super) fn stages(
        &mut self,
        files: &[LoadedFile],
        words: &Catalog,
    ) -> (Vec<Stage>, Registry, bool) {
        let mut stage_reg = self.registry(IdKind::Stage);
        let mut stages = Vec::new();
        for f in files {
            for s in &f.content.stages {
                if self.register(&mut stage_reg, &s.value.id, &f.rel, stages.len()) {
                    stages.push(Stage {
                        id: s.value.id.value.clone(),
                        name: s
                            .value
                            .name
                            .clone()
                            .unwrap_or_else(|| humanise(&s.value.id.value)),
                        description: s.value.description.clone(),
                        origin: loc(&f.rel, s.pos),
                    });
                }
            }
        }
        let default_stages =
            stages.is_empty() && !files.iter().any(|f| !f.content.stages.is_empty());
        if default_stages {
            for id in DEFAULT_STAGES {
                stage_reg.index.insert(id.to_string(), stages.len());
                stages.push(Stage {
                    id: id.to_string(),
                    name: words.text(&format!("default-stage-{id}")),
                    description: Some(words.text(&format!("default-stage-{id}-description"))),
                    origin: Location::file_start(MAP_FILE),
                });
            }
        }
        (stages, stage_reg, default_stages)
    }
}
