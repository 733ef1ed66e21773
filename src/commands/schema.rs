//! `touchmap schema`: the JSON Schema of map files, for editors' YAML
//! completion (the YAML language server reads it from a `$schema` comment).

use crate::load::raw::MapFile;
use serde_json::Value;

/// The schema as pretty JSON.
pub fn schema_json() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(MapFile)).unwrap_or_default();
    allow_null_when_optional(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// `touchmap check` reads a key with no value (`owner:`, `kpis:`, a whole
/// empty section) as absent when the key is optional; the schema says the
/// same, so an editor does not underline what check accepts.
fn allow_null_when_optional(node: &mut Value) {
    match node {
        Value::Object(object) => {
            let required: Vec<String> = object
                .get("required")
                .and_then(Value::as_array)
                .map(|r| {
                    r.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            if let Some(Value::Object(properties)) = object.get_mut("properties") {
                for (name, property) in properties.iter_mut() {
                    if !required.contains(name) {
                        nullable(property);
                    }
                }
            }
            object.values_mut().for_each(allow_null_when_optional);
        }
        Value::Array(items) => items.iter_mut().for_each(allow_null_when_optional),
        _ => {}
    }
}

/// Lets a property's schema accept `null` as well.
fn nullable(property: &mut Value) {
    let Value::Object(p) = property else { return };
    let null = Value::String("null".into());
    match p.get_mut("type") {
        Some(Value::String(t)) => {
            let t = Value::String(std::mem::take(t));
            p.insert("type".into(), Value::Array(vec![t, null]));
        }
        Some(Value::Array(types)) => {
            if !types.contains(&null) {
                types.push(null);
            }
        }
        _ => {
            let any = p.entry("anyOf").or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(options) = any {
                let null_schema = serde_json::json!({"type": "null"});
                if options.is_empty() {
                    // A `$ref` (an enum, a struct): keep it as one option.
                    if let Some(reference) = p.remove("$ref") {
                        let any = p.entry("anyOf").or_insert_with(|| Value::Array(Vec::new()));
                        if let Value::Array(options) = any {
                            options.push(serde_json::json!({"$ref": reference}));
                            options.push(null_schema);
                        }
                    } else {
                        p.remove("anyOf");
                    }
                } else if !options.contains(&null_schema) {
                    options.push(null_schema);
                }
            }
        }
    }
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

    #[test]
    fn the_schema_flags_what_check_flags() {
        let v: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        let defs = &v["$defs"];
        let score = &defs["Emotion"]["properties"]["score"];
        assert_eq!(
            (score["minimum"].as_i64(), score["maximum"].as_i64()),
            (Some(-2), Some(2))
        );
        let value = &defs["Touchpoint"]["properties"]["value"]["additionalProperties"];
        assert_eq!(
            (value["minimum"].as_i64(), value["maximum"].as_i64()),
            (Some(0), Some(5))
        );
        assert_eq!(defs["Pain"]["properties"]["severity"]["maximum"], 3);
        assert_eq!(defs["Gain"]["properties"]["importance"]["minimum"], 1);
        assert_eq!(
            defs["Limits"]["properties"]["max_touchpoints_per_stage"]["minimum"],
            1
        );
        assert_eq!(defs["Site"]["properties"]["title"]["minLength"], 1);
        assert_eq!(
            defs["Touchpoint"]["properties"]["id"]["pattern"],
            crate::load::raw::ID_PATTERN
        );
        assert!(defs["Measurement"]["properties"]["date"]["pattern"].is_string());
    }

    #[test]
    fn optional_keys_may_be_empty_and_required_ones_may_not() {
        let v: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        let tp = &v["$defs"]["Touchpoint"]["properties"];
        assert_eq!(tp["kpis"]["type"], serde_json::json!(["array", "null"]));
        assert_eq!(tp["owner"]["type"], serde_json::json!(["string", "null"]));
        assert!(
            tp["emotion"]["anyOf"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!({"type": "null"}))
        );
        assert_eq!(tp["name"]["type"], "string");
        assert_eq!(
            v["properties"]["touchpoints"]["type"],
            serde_json::json!(["array", "null"])
        );
    }
}
