//! Competitors: their channels and their scores on the value components.

use super::{Registry, Resolver, at_loc};
use crate::load::LoadedFile;
use crate::model::Competitor;

impl Resolver<'_> {
    /// The competitors whose ids registered (`ok`, in file order).
    pub(super) fn competitors(
        &mut self,
        files: &[LoadedFile],
        ok: Vec<bool>,
        channel_reg: &Registry,
        component_reg: &Registry,
    ) -> Vec<Competitor> {
        let mut competitors = Vec::new();
        let mut flags = ok.into_iter();
        for f in files {
            for c in &f.content.competitors {
                if !flags.next().unwrap_or(false) {
                    continue;
                }
                let cv = &c.value;
                let channels_ref = self.references(channel_reg, &cv.channels, &f.rel);
                let value = self.scores("value score", &cv.value, component_reg, &f.rel);
                competitors.push(Competitor {
                    id: cv.id.value.clone(),
                    name: cv.name.clone(),
                    description: cv.description.clone(),
                    website: cv.website.clone(),
                    channels: channels_ref,
                    value,
                    strengths: cv.strengths.clone(),
                    weaknesses: cv.weaknesses.clone(),
                    origin: at_loc(&f.rel, &cv.id),
                });
            }
        }
        competitors
    }
}
