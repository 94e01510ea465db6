//! The interface's catalogues (web/app/i18n/<lang>.ftl), as CI holds them:
//! each parses as Fluent with no junk, every language has exactly English's
//! messages and uses no variable English does not pass, and every message
//! the pages ask for by a literal id (`t("…")`, `data-i18n="…"`) exists.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LANGS: &[&str] = &["en", "ur", "ps", "fa", "tr", "ar"];

fn app() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/app")
}

/// Message id → the variables its value uses.
fn catalogue(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = app().join("i18n").join(format!("{lang}.ftl"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let resource = match parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name.to_string();
                let value = m
                    .value
                    .unwrap_or_else(|| panic!("{lang}.ftl: {id} has no value"));
                let mut vars = BTreeSet::new();
                pattern_vars(&value, &mut vars);
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{lang}.ftl: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{lang}.ftl: junk {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let en = catalogue("en");
    assert!(en.len() > 300, "English has only {} messages", en.len());
    let mut problems = Vec::new();
    for lang in &LANGS[1..] {
        let other = catalogue(lang);
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(v) => {
                    for x in v.difference(vars) {
                        problems.push(format!(
                            "{lang}: {id} uses ${x}, which English never passes"
                        ));
                    }
                }
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("web/app") {
        let p = e.expect("an entry").path();
        if p.is_dir() {
            sources(&p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("js" | "html")) {
            out.push(p);
        }
    }
}

/// Literal ids after `needle` (not part of a longer name such as
/// `set("`), up to the closing quote.
fn ids_after<'a>(text: &'a str, needle: &str, close: char) -> Vec<&'a str> {
    text.match_indices(needle)
        .filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || "_.$".contains(c))
        })
        .filter_map(|(at, _)| {
            let rest = &text[at + needle.len()..];
            rest.find(close).map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn every_message_a_page_asks_for_exists() {
    let en = catalogue("en");
    let mut files = Vec::new();
    sources(&app(), &mut files);
    assert!(files.len() > 10, "found only {files:?}");
    let mut asked = 0;
    let mut missing = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("a source file");
        let mut ids = ids_after(&text, "t(\"", '"');
        ids.extend(ids_after(&text, "data-i18n=\"", '"'));
        for id in ids {
            asked += 1;
            if !en.contains_key(id) {
                missing.push(format!("{}: {id}", f.display()));
            }
        }
    }
    assert!(asked > 300, "the pages ask for only {asked} messages");
    assert!(
        missing.is_empty(),
        "no English message for:\n{}",
        missing.join("\n")
    );
}

/// The pages' fallback categories (core.js) are the domain's defaults, and
/// every one has a label in the mechanism editor's and the map's messages.
#[test]
fn the_pages_default_categories_are_the_domains() {
    let core = std::fs::read_to_string(app().join("core.js")).expect("core.js");
    let start = core
        .find("export const DEFAULT_CATEGORIES = [")
        .expect("core.js exports DEFAULT_CATEGORIES");
    let list = &core[start..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    let pages: Vec<&str> = list
        .split(',')
        .map(|s| s.trim().trim_matches('"'))
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(pages, truce_domain::monitor::DEFAULT_CATEGORIES);
    let en = catalogue("en");
    for c in pages {
        for prefix in ["mech-category", "map-cat"] {
            let id = format!("{prefix}-{}", c.replace('_', "-"));
            assert!(en.contains_key(&id), "no English message {id}");
        }
    }
}
