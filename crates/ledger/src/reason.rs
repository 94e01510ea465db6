//! A refusal's reason in a form every language of the process can say: a
//! message id, its arguments, and the English sentence.
//!
//! Every refusal the ledger, the domain and the server give is built with
//! [`reason!`](crate::reason!), which writes the English sentence from its
//! format string and keeps the id and the named arguments beside it. The
//! API sends both (`{"error": "<English>", "reason": {"id", "args"}}`) and
//! the web pages say the reason in the reader's language from the reasons
//! catalogues (`web/app/i18n/reasons/<lang>.ftl`). English's catalogue is
//! the format strings themselves: CI reads every `reason!` in the sources
//! and holds `reasons/en.ftl` to them, and every other language to
//! English's ids and variables (`crates/server/tests/catalogues.rs`).
//!
//! An argument is text (an id, a name, a number, or a detail only a parser
//! can give, such as serde's) or a reason of its own (a rule inside "may
//! not": [`Reason::nest`]), which a page says in the reader's language too.

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// One argument of a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Reason(Reason),
}

/// A refusal's reason: what the catalogues call `id`, with `args`; `text`
/// is the English sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    pub text: String,
}

impl Reason {
    /// A detail no catalogue can say (a parser's own words): shown as it is.
    pub fn detail(text: impl fmt::Display) -> Self {
        crate::reason!("detail", "{detail}", detail = text)
    }

    /// The argument `name` as a reason of its own, said in the reader's
    /// language rather than as its English text. Only an argument the
    /// sentence holds, and only when `inner` says exactly what it printed:
    /// a nested reason never carries more than the English showed.
    #[must_use]
    pub fn nest(mut self, name: &'static str, inner: Reason) -> Self {
        if let Some((_, a)) = self
            .args
            .iter_mut()
            .find(|(n, a)| *n == name && matches!(a, Arg::Text(t) if *t == inner.text))
        {
            *a = Arg::Reason(inner);
        }
        self
    }

    /// The text of argument `name` (its English, for a nested reason).
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| match a {
                Arg::Text(t) => t.as_str(),
                Arg::Reason(r) => r.text.as_str(),
            })
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<Reason> for String {
    fn from(r: Reason) -> Self {
        r.text
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(t) => s.serialize_str(t),
            Arg::Reason(r) => r.serialize(s),
        }
    }
}

/// `{"id": …, "args": {name: text or {"id", "args"}}}`: the English text is
/// the response's `error` beside it.
impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("args", &Args(&self.args))?;
        m.end()
    }
}

/// A [`Reason`]: `reason!("id", "English with {name} and {other:?}", name =
/// expr, other = expr)`. Every placeholder is a named argument listed after
/// the format string (CI checks it; an unlisted name would be captured from
/// the scope and never reach another language); each argument is borrowed,
/// evaluated once, and kept as its `Display` text.
#[macro_export]
macro_rules! reason {
    ($id:literal, $fmt:literal $(, $name:ident = $val:expr)* $(,)?) => {{
        $( let $name = &$val; )*
        $crate::reason::Reason {
            id: $id,
            text: ::std::format!($fmt $(, $name = $name)*),
            args: ::std::vec![$((
                ::core::stringify!($name),
                $crate::reason::Arg::Text(::std::string::ToString::to_string(&$name)),
            )),*],
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_keeps_its_english_its_id_and_its_arguments() {
        let key = "k1".to_string();
        let r = crate::reason!("x-used", "key {key:?} used seq {n}", key = &key, n = 3u64);
        assert_eq!(r.text, "key \"k1\" used seq 3");
        assert_eq!(r.id, "x-used");
        assert_eq!(r.arg("key"), Some("k1"));
        assert_eq!(
            serde_json::to_value(&r).unwrap(),
            serde_json::json!({"id": "x-used", "args": {"key": "k1", "n": "3"}})
        );
    }

    #[test]
    fn a_nested_reason_is_sent_as_one() {
        let rule = crate::reason!("rule-x", "only {who} may", who = "a mediator");
        let r = crate::reason!(
            "forbidden",
            "{actor} may not {act}: {rule}",
            actor = "pk",
            act = "relay",
            rule = &rule
        )
        .nest("rule", rule.clone());
        assert_eq!(r.text, "pk may not relay: only a mediator may");
        assert_eq!(
            serde_json::to_value(&r).unwrap()["args"]["rule"],
            serde_json::json!({"id": "rule-x", "args": {"who": "a mediator"}})
        );
        assert_eq!(Reason::detail("expected `,`").text, "expected `,`");
    }

    #[test]
    fn a_nested_reason_adds_nothing_the_english_did_not_show() {
        let secret = crate::reason!("x-secret", "salt {salt}", salt = "s3cr3t");
        let r = crate::reason!("x-outer", "refused: {why}", why = "no");
        // Not an argument of the sentence: nothing is added.
        let r = r.nest("hidden", secret.clone());
        assert_eq!(r.args.len(), 1);
        // An argument whose printed text differs: it stays as printed.
        let r = r.nest("why", secret);
        assert_eq!(serde_json::to_value(&r).unwrap()["args"]["why"], "no");
        assert!(!serde_json::to_string(&r).unwrap().contains("s3cr3t"));
    }
}
