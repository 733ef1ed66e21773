//! An opportunity of a touchpoint, resolved: its priority checked and its
//! status defaulted. `map.json` gives it back in the form it was written
//! (a text, or a mapping), so a script that read the plain list before
//! priorities existed still reads a map that has none.

use super::OpportunityStatus;
use crate::diagnostics::Location;
use serde::ser::{Serialize, SerializeStruct, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    pub text: String,
    /// 1 (little) to 5 (a lot), when scored.
    pub impact: Option<u8>,
    /// 1 (little work) to 5 (a lot), when scored.
    pub effort: Option<u8>,
    pub status: OpportunityStatus,
    pub owner: Option<String>,
    /// Written as a plain text, not as a mapping.
    pub plain: bool,
    pub origin: Location,
}

impl Opportunity {
    /// Both impact and effort, when the map gives both: what places it on
    /// the impact × effort matrix.
    pub fn scores(&self) -> Option<(u8, u8)> {
        Some((self.impact?, self.effort?))
    }
}

impl Serialize for Opportunity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.plain {
            return serializer.serialize_str(&self.text);
        }
        let mut s = serializer.serialize_struct("Opportunity", 5)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("impact", &self.impact)?;
        s.serialize_field("effort", &self.effort)?;
        s.serialize_field("status", &self.status)?;
        s.serialize_field("owner", &self.owner)?;
        s.end()
    }
}
