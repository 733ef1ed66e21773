//! Stages: the columns of the map, in the order the files declare them, or
//! the default journey when no file declares any.

use super::{Registry, Resolver, humanise, loc};
use crate::diagnostics::Location;
use crate::load::id_kind::IdKind;
use crate::load::{LoadedFile, MAP_FILE};
use crate::model::Stage;

/// The stages used when no file declares any (map-format §2).
pub const DEFAULT_STAGES: [(&str, &str, &str); 5] = [
    (
        "awareness",
        "Awareness",
        "First contact: the customer learns the brand exists.",
    ),
    (
        "consideration",
        "Consideration",
        "The customer looks for information and compares.",
    ),
    ("decision", "Decision", "The customer chooses and buys."),
    (
        "post-purchase",
        "Post-purchase",
        "Delivery, first use, service and feedback.",
    ),
    (
        "retention",
        "Retention",
        "Loyalty, repeat purchase and recommendation.",
    ),
];

impl Resolver<'_> {
    /// The stages with their registry, and whether they are the defaults.
    pub(super) fn stages(&mut self, files: &[LoadedFile]) -> (Vec<Stage>, Registry, bool) {
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
            for (id, name, description) in DEFAULT_STAGES {
                stage_reg.index.insert(id.to_string(), stages.len());
                stages.push(Stage {
                    id: id.to_string(),
                    name: name.to_string(),
                    description: Some(description.to_string()),
                    origin: Location::file_start(MAP_FILE),
                });
            }
        }
        (stages, stage_reg, default_stages)
    }
}
