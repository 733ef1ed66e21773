//! Why deserializing a node stopped, and which entry to leave out before
//! trying again.

use super::{Ctx, addr};
use crate::diagnostics::{Finding, one_line};
use crate::load::node::Node;
use crate::suggest::did_you_mean;
use serde::de;

/// Why deserializing stopped, and which entry to leave out next time.
#[derive(Debug)]
pub struct Error {
    pub(super) problem: Problem,
    pub(super) drop: Option<usize>,
}

#[derive(Debug)]
pub(super) enum Problem {
    /// A finding, located.
    Found(Box<Finding>),
    /// The consequence of a problem already reported.
    Consequence,
    /// A required field is absent; the mapping that lacks it locates it.
    Missing(&'static str),
    /// A finding not located yet: the innermost node it passes locates it.
    Unlocated {
        code: &'static str,
        message: String,
        hint: Option<String>,
    },
}

impl Error {
    pub(super) fn unlocated(code: &'static str, message: String, hint: Option<String>) -> Self {
        Error {
            problem: Problem::Unlocated {
                code,
                message,
                hint,
            },
            drop: None,
        }
    }

    pub(super) fn found(finding: Finding) -> Self {
        Error {
            problem: Problem::Found(Box::new(finding)),
            drop: None,
        }
    }

    /// Locates an unlocated problem at `node`.
    pub(super) fn at(mut self, node: &Node, ctx: &Ctx) -> Self {
        if let Problem::Unlocated {
            code,
            message,
            hint,
        } = self.problem
        {
            let finding = Finding::error(code, message, ctx.at(node)).with_hint(hint);
            self.problem = Problem::Found(Box::new(finding));
        }
        self
    }

    /// Names `entry` as the one to leave out, unless an inner one is named.
    pub(super) fn dropping(mut self, entry: &Node) -> Self {
        self.drop.get_or_insert(addr(entry));
        self
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.problem {
            Problem::Found(finding) => f.write_str(&finding.message),
            Problem::Consequence => f.write_str("left out after an earlier problem"),
            Problem::Missing(field) => write!(f, "missing required key `{field}`"),
            Problem::Unlocated { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error::unlocated("wrong-type", one_line(&msg.to_string(), 200), None)
    }

    fn missing_field(field: &'static str) -> Self {
        Error {
            problem: Problem::Missing(field),
            drop: None,
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let hint = did_you_mean(variant, expected.iter().copied())
            .or_else(|| Some(format!("use one of: {}", expected.join(", "))));
        Error::unlocated(
            "invalid-value",
            format!(
                "`{}` is not one of {}",
                one_line(variant, 60),
                expected.join(", ")
            ),
            hint,
        )
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Error::unlocated(
            "wrong-type",
            format!("expected {exp} here, not {unexp}"),
            None,
        )
    }
}
