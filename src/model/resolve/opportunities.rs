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

#[cfg(test)]
mod tests {
    use crate::analyse::Analysed;

    /// The map of one touchpoint whose opportunities are `yaml` (written
    /// below `opportunities:`, on line 9), analysed.
    fn analysed(yaml: &str) -> Analysed {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "site: {{title: X}}\nstages: [{{id: buy, name: Buy}}]\nchannels: [{{id: web, name: Web, mode: digital}}]\ntouchpoints:\n  - id: shop\n    name: Shop\n    stage: buy\n    channel: web\n    opportunities: {yaml}\n"
        );
        std::fs::write(dir.path().join("touchmap.yaml"), text).unwrap();
        crate::pipeline::analyse_map(dir.path()).unwrap()
    }

    #[test]
    fn a_score_out_of_range_is_reported_at_it_and_the_opportunity_stays_unscored() {
        let a = analysed("[{text: Live stock, impact: 7, effort: 2}]");
        let found: Vec<(&str, u32, u32, &str, Option<&str>)> = a
            .findings
            .iter()
            .map(|f| {
                let l = &f.location;
                (
                    f.code,
                    l.line,
                    l.column,
                    f.message.as_str(),
                    f.hint.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [(
                "out-of-range",
                9,
                48,
                "opportunity impact 7 is outside 1..5",
                Some("use a whole number from 1 to 5")
            )]
        );
        let o = &a.model.touchpoints[0].opportunities[0];
        assert_eq!((o.impact, o.effort, o.scores()), (None, Some(2), None));
    }

    #[test]
    fn map_json_gives_each_opportunity_back_in_the_form_it_was_written() {
        let a = analysed("[Add a size guide., {text: Chat, impact: 3, effort: 1, owner: Service}]");
        assert!(!a.findings.has_errors());
        let json = serde_json::to_value(&a.model.touchpoints[0].opportunities).unwrap();
        assert_eq!(
            json,
            serde_json::json!([
                "Add a size guide.",
                {"text": "Chat", "impact": 3, "effort": 1, "status": "idea", "owner": "Service"}
            ])
        );
    }
}
