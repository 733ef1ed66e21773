//! Channels: the rows of the map (where a touchpoint happens).

use super::{Registry, Resolver, at_loc, humanise};
use crate::load::LoadedFile;
use crate::load::id_kind::IdKind;
use crate::model::Channel;

impl Resolver<'_> {
    pub(super) fn channels(&mut self, files: &[LoadedFile]) -> (Vec<Channel>, Registry) {
        let mut channel_reg = self.registry(IdKind::Channel);
        let mut channels = Vec::new();
        for f in files {
            for c in &f.content.channels {
                if self.register(&mut channel_reg, &c.value.id, &f.rel, channels.len()) {
                    channels.push(Channel {
                        id: c.value.id.value.clone(),
                        name: c
                            .value
                            .name
                            .clone()
                            .unwrap_or_else(|| humanise(&c.value.id.value)),
                        mode: c.value.mode,
                        description: c.value.description.clone(),
                        origin: at_loc(&f.rel, &c.value.id),
                    });
                }
            }
        }
        (channels, channel_reg)
    }
}
