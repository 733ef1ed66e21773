//! A persona of the map: who the customer is (name, photo, quote, goals,
//! a short profile) and the jobs, pains and gains the value proposition
//! answers. Kept apart from `mod.rs` so that the people of the map read as
//! one thing.

use crate::diagnostics::Location;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    /// The picture on the persona's card, if any.
    pub photo: Option<Photo>,
    /// In the persona's own words, without quotation marks (the card adds
    /// its own).
    pub quote: Option<String>,
    pub goals: Vec<String>,
    /// The profile's lines (`age`, `29`) in the order written; `map.json`
    /// writes them as a list of `{label, value}` to keep that order (its
    /// mappings are sorted by key).
    #[serde(serialize_with = "labelled_lines")]
    pub profile: Vec<(String, String)>,
    pub jobs: Vec<Job>,
    pub pains: Vec<Pain>,
    pub gains: Vec<Gain>,
    #[serde(skip)]
    pub origin: Location,
}

impl Persona {
    /// What search finds a persona by besides its name: its description,
    /// quote, goals and the values of its profile (`Utrecht`, `UX designer`).
    pub fn search_text(&self) -> String {
        let profile = self.profile.iter().map(|(_, value)| value.as_str());
        [self.description.as_deref(), self.quote.as_deref()]
            .into_iter()
            .flatten()
            .chain(self.goals.iter().map(String::as_str))
            .chain(profile)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A persona's photo: an image file of the map folder, by its normalised
/// path from the map folder (`images/nina.jpg`), and where `photo:` names
/// it, which is where analyse reports a file that is not there or must not
/// be published.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Photo {
    pub path: String,
    #[serde(skip)]
    pub at: Location,
}

/// The endings of the image files a photo may be: what every browser shows
/// in an `<img>`.
pub const PHOTO_ENDINGS: [&str; 7] = ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"];

fn labelled_lines<S: serde::Serializer>(
    lines: &[(String, String)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Line<'a> {
        label: &'a str,
        value: &'a str,
    }
    serializer.collect_seq(lines.iter().map(|(label, value)| Line { label, value }))
}

#[derive(Debug, Clone, Serialize)]
pub struct Job {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pain {
    pub id: String,
    pub text: String,
    /// 1 to 3.
    pub severity: Option<u8>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Gain {
    pub id: String,
    pub text: String,
    /// 1 to 3.
    pub importance: Option<u8>,
}
