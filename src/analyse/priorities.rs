//! What to do first: the opportunities in priority order, the quadrant of
//! the impact × effort matrix a scored one falls in, and the cell of the
//! severity × likelihood grid each risk falls in. The insights page draws
//! these; they are worked out here so that the order and the cells are
//! the same wherever they are shown, and can be tested without a page.

use crate::model::{Likelihood, Model, Opportunity, OpportunityStatus, RiskSeverity};
use serde::Serialize;
use std::cmp::Reverse;

/// A score from this up counts as high, on both axes: 3 is the middle of
/// 1–5, and an idea of middling impact is still worth doing while one of
/// middling effort is no longer quick.
pub const HIGH_FROM: u8 = 3;

/// The four quarters of the impact × effort matrix, by the names teams use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    /// High impact, low effort: do these first.
    QuickWins,
    /// High impact, high effort: plan them.
    BigBets,
    /// Low impact, low effort: when there is time.
    FillIns,
    /// Low impact, high effort: better left.
    MoneyPits,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWins,
        Quadrant::BigBets,
        Quadrant::FillIns,
        Quadrant::MoneyPits,
    ];

    /// The quadrant of an opportunity scored `impact` and `effort` (1–5).
    pub fn of(impact: u8, effort: u8) -> Quadrant {
        match (impact >= HIGH_FROM, effort >= HIGH_FROM) {
            (true, false) => Quadrant::QuickWins,
            (true, true) => Quadrant::BigBets,
            (false, false) => Quadrant::FillIns,
            (false, true) => Quadrant::MoneyPits,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Quadrant::QuickWins => "Quick wins",
            Quadrant::BigBets => "Big bets",
            Quadrant::FillIns => "Fill-ins",
            Quadrant::MoneyPits => "Money pits",
        }
    }
}

/// How an opportunity ranks: open before done, then higher impact, then
/// lower effort; an unscored impact or effort ranks after every score.
/// Sorting stably by it keeps the journey order among equals.
fn rank(o: &Opportunity) -> (bool, Reverse<u8>, u8) {
    (
        o.status == OpportunityStatus::Done,
        Reverse(o.impact.unwrap_or(0)),
        o.effort.unwrap_or(u8::MAX),
    )
}

/// `(touchpoint, opportunity)` of every opportunity, in priority order:
/// impact high first, then effort low first, then journey order; done last.
pub fn backlog(model: &Model, journey: &[usize]) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize)> = journey
        .iter()
        .flat_map(|&t| (0..model.touchpoints[t].opportunities.len()).map(move |o| (t, o)))
        .collect();
    all.sort_by_key(|&(t, o)| rank(&model.touchpoints[t].opportunities[o]));
    all
}

/// Severity and likelihood as rows and columns of the risk grid, lowest
/// first.
pub fn severity_row(s: RiskSeverity) -> usize {
    match s {
        RiskSeverity::Low => 0,
        RiskSeverity::Medium => 1,
        RiskSeverity::High => 2,
    }
}

pub fn likelihood_column(l: Likelihood) -> usize {
    match l {
        Likelihood::Low => 0,
        Likelihood::Medium => 1,
        Likelihood::High => 2,
    }
}

/// The risks of the severity × likelihood grid, as positions in the list
/// they came from (kept in its order within a cell).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RiskGrid {
    /// `cells[severity][likelihood]`, lowest first (see [`severity_row`]).
    pub cells: [[Vec<usize>; 3]; 3],
    /// Per severity, the risks whose likelihood the map does not give.
    pub not_given: [Vec<usize>; 3],
}

impl RiskGrid {
    pub fn of(risks: impl IntoIterator<Item = (RiskSeverity, Option<Likelihood>)>) -> RiskGrid {
        let mut grid = RiskGrid::default();
        for (i, (severity, likelihood)) in risks.into_iter().enumerate() {
            let row = severity_row(severity);
            match likelihood {
                Some(l) => grid.cells[row][likelihood_column(l)].push(i),
                None => grid.not_given[row].push(i),
            }
        }
        grid
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Location;

    fn opp(text: &str, impact: Option<u8>, effort: Option<u8>, status: &str) -> Opportunity {
        Opportunity {
            text: text.into(),
            impact,
            effort,
            status: serde_json::from_value(serde_json::json!(status)).unwrap(),
            owner: None,
            plain: false,
            origin: Location::new(std::path::Path::new("f.yaml"), 1, 1),
        }
    }

    /// The texts of `list` (in journey order) sorted as the backlog sorts.
    fn sorted(list: &[Opportunity]) -> Vec<&str> {
        let mut order: Vec<&Opportunity> = list.iter().collect();
        order.sort_by_key(|o| rank(o));
        order.iter().map(|o| o.text.as_str()).collect()
    }

    #[test]
    fn the_backlog_puts_high_impact_first_then_low_effort_then_journey_order_and_done_last() {
        let list = [
            opp("unscored", None, None, "idea"),
            opp("done big", Some(5), Some(1), "done"),
            opp("mid", Some(3), Some(3), "planned"),
            opp("big costly", Some(5), Some(4), "idea"),
            opp("big cheap", Some(5), Some(2), "in-progress"),
            opp("impact only", Some(5), None, "idea"),
            opp("mid again", Some(3), Some(3), "idea"),
            opp("small", Some(1), Some(1), "idea"),
        ];
        assert_eq!(
            sorted(&list),
            [
                "big cheap",
                "big costly",
                "impact only",
                "mid",
                "mid again",
                "small",
                "unscored",
                "done big"
            ]
        );
    }

    #[test]
    fn each_quarter_of_the_matrix_has_its_name_and_three_counts_as_high() {
        assert_eq!(Quadrant::of(5, 1), Quadrant::QuickWins);
        assert_eq!(Quadrant::of(3, 2), Quadrant::QuickWins);
        assert_eq!(Quadrant::of(3, 3), Quadrant::BigBets);
        assert_eq!(Quadrant::of(4, 5), Quadrant::BigBets);
        assert_eq!(Quadrant::of(2, 2), Quadrant::FillIns);
        assert_eq!(Quadrant::of(1, 1), Quadrant::FillIns);
        assert_eq!(Quadrant::of(2, 3), Quadrant::MoneyPits);
        assert_eq!(Quadrant::of(1, 5), Quadrant::MoneyPits);
        assert_eq!(Quadrant::QuickWins.label(), "Quick wins");
        assert_eq!(Quadrant::MoneyPits.label(), "Money pits");
    }

    #[test]
    fn a_risk_lands_in_the_cell_of_its_severity_and_likelihood_or_apart_without_one() {
        use Likelihood as L;
        use RiskSeverity as S;
        let grid = RiskGrid::of([
            (S::High, Some(L::Low)),
            (S::Low, Some(L::High)),
            (S::High, Some(L::Low)),
            (S::Medium, None),
            (S::Medium, Some(L::Medium)),
        ]);
        let mut want = RiskGrid::default();
        want.cells[2][0] = vec![0, 2];
        want.cells[0][2] = vec![1];
        want.cells[1][1] = vec![4];
        want.not_given[1] = vec![3];
        assert_eq!(grid, want);
    }
}
