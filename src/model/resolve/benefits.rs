//! Benefits: what the customer gains, tied to touchpoints and KPIs.

use super::{Registry, Resolver, loc};
use crate::load::LoadedFile;
use crate::model::Benefit;

impl Resolver<'_> {
    /// The benefits whose ids registered (`ok`, in file order).
    pub(super) fn benefits(
        &mut self,
        files: &[LoadedFile],
        ok: Vec<bool>,
        tp_reg: &Registry,
        kpi_reg: &Registry,
    ) -> Vec<Benefit> {
        let mut benefits = Vec::new();
        let mut flags = ok.into_iter();
        for f in files {
            for b in &f.content.benefits {
                if !flags.next().unwrap_or(false) {
                    continue;
                }
                let touchpoints_ref = self.references(tp_reg, &b.value.touchpoints, &f.rel);
                let kpis_ref = self.references(kpi_reg, &b.value.kpis, &f.rel);
                benefits.push(Benefit {
                    id: b.value.id.value.clone(),
                    name: b.value.name.clone(),
                    description: b.value.description.clone(),
                    touchpoints: touchpoints_ref,
                    kpis: kpis_ref,
                    origin: loc(&f.rel, b.pos),
                });
            }
        }
        benefits
    }
}
