//! A touchpoint's opportunities: each text kept, and the priority of a
//! scored one range-checked. A score out of range is reported and left
//! out, so the opportunity still shows, as not scored.

use super::{Resolver, loc};
use crate::load::located::At;
use crate::load::raw::RawOpportunity;
use crate::model::{Opportunity, OpportunityStatus};
use std::path::Path;

impl Resolver<'_> {
    pub(super) fn opportunities(
        &mut self,
        raw: &[At<RawOpportunity>],
        file: &Path,
    ) -> Vec<Opportunity> {
        raw.iter()
            .map(|o| match &o.value {
                RawOpportunity::Text(text) => Opportunity {
                    text: text.clone(),
                    impact: None,
                    effort: None,
                    status: OpportunityStatus::default(),
                    owner: None,
                    plain: true,
                    origin: loc(file, o.pos),
                },
                RawOpportunity::Scored(s) => {
                    let mut score = |what: &str, v: &Option<At<i64>>| {
                        v.as_ref()
                            .and_then(|v| self.in_range(what, v, 1, 5, file))
                            .map(|v| v as u8)
                    };
                    Opportunity {
                        text: s.text.value.clone(),
                        impact: score("opportunity impact", &s.impact),
                        effort: score("opportunity effort", &s.effort),
                        status: s.status,
                        owner: s.owner.clone(),
                        plain: false,
                        origin: loc(file, s.text.pos),
                    }
                }
            })
            .collect()
    }
}
