//! `touchmap schema`: the JSON Schema of map files, for editors' YAML
//! completion (the YAML language server reads it from a `$schema` comment).

use crate::load::raw::MapFile;

/// The schema as pretty JSON.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(MapFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_describes_the_sections_and_forbids_unknown_keys() {
        let v: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        for section in [
            "site",
            "stages",
            "channels",
            "touchpoints",
            "kpis",
            "competitors",
            "benefits",
        ] {
            assert!(v["properties"][section].is_object(), "{section}");
        }
        assert_eq!(v["additionalProperties"], false);
        let tp = &v["$defs"]["Touchpoint"];
        assert_eq!(tp["additionalProperties"], false);
        assert!(tp["required"].as_array().unwrap().contains(&"stage".into()));
    }
}
