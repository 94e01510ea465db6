//! The interface's catalogues (web/app/i18n/<lang>.ftl), as CI holds them:
//! each parses as Fluent with no junk, every language has exactly English's
//! messages and uses no variable English does not pass, and every message
//! the pages ask for by a literal id (`t("…")`, `data-i18n="…"`) exists.
//!
//! The same for the reasons catalogues (web/app/i18n/reasons/<lang>.ftl),
//! whose English is the sources' own: every `reason!("id", "English {x}",
//! x = …)` in `crates/*/src` is read here, and `reasons/en.ftl` must be
//! exactly what they say (`TRUCE_BLESS=1` writes it), each placeholder a
//! named argument and each id one sentence.

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
    catalogue_at(&app().join("i18n").join(format!("{lang}.ftl")), lang)
}

fn catalogue_at(path: &Path, lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(path)
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
    same_messages(&en, catalogue);
}

/// Every language beside English has English's ids and no other, and uses
/// no variable English does not pass.
fn same_messages(
    en: &BTreeMap<String, BTreeSet<String>>,
    load: impl Fn(&str) -> BTreeMap<String, BTreeSet<String>>,
) {
    let mut problems = Vec::new();
    for lang in &LANGS[1..] {
        let other = load(lang);
        for (id, vars) in en {
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

/// Every file under `dir` whose extension is one of `exts`.
fn sources(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("a source directory") {
        let p = e.expect("an entry").path();
        if p.is_dir() {
            sources(&p, exts, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| exts.contains(&x))
        {
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
    sources(&app(), &["js", "html"], &mut files);
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

fn reasons_path(lang: &str) -> PathBuf {
    app()
        .join("i18n")
        .join("reasons")
        .join(format!("{lang}.ftl"))
}

/// One `reason!` as written in a source file.
struct Said {
    file: String,
    id: String,
    english: String,
    args: Vec<String>,
}

/// A Rust string literal's value at the start of `s` (after `"`), and the
/// rest after its closing quote.
fn string_literal(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 1..])),
            '\\' => match chars.next()?.1 {
                '\n' => {
                    // A line continuation: the newline and the next line's
                    // leading whitespace go.
                    let rest = &s[i + 2..];
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in 0..rest[..skip].chars().count() {
                        chars.next();
                    }
                }
                'n' => out.push('\n'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                other => panic!("unexpected escape \\{other} in a reason"),
            },
            c => out.push(c),
        }
    }
    None
}

/// The named arguments of a macro call, up to its closing parenthesis:
/// `name = expr` at depth 0, separated by commas.
fn named_args(s: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0i32;
    let mut part = String::new();
    let mut chars = s.chars();
    let flush = |part: &mut String, names: &mut Vec<String>| {
        let p = part.trim();
        if let Some((name, _)) = p.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                names.push(name.to_owned());
            }
        }
        part.clear();
    };
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                flush(&mut part, &mut names);
                return names;
            }
            ')' | ']' | '}' => depth -= 1,
            '"' => {
                // Skip a string inside an argument.
                let mut esc = false;
                for d in chars.by_ref() {
                    if esc {
                        esc = false;
                    } else if d == '\\' {
                        esc = true;
                    } else if d == '"' {
                        break;
                    }
                }
                part.push('"');
                continue;
            }
            ',' if depth == 0 => {
                flush(&mut part, &mut names);
                continue;
            }
            _ => {}
        }
        part.push(c);
    }
    panic!("a reason! call does not close");
}

/// Every `reason!` in the crates' sources, outside their test modules.
fn said() -> Vec<Said> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    let mut crates: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("crates/")
        .map(|e| e.expect("an entry").path().join("src"))
        .filter(|p| p.is_dir())
        .collect();
    crates.sort();
    for c in &crates {
        sources(c, &["rs"], &mut files);
    }
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("a source file");
        let text = match text.find("#[cfg(test)]\nmod tests") {
            Some(at) => &text[..at],
            None => &text[..],
        };
        let name = f
            .strip_prefix(&root)
            .map(|p| format!("crates/{}", p.display()))
            .unwrap_or_else(|_| f.display().to_string());
        for (at, _) in text.match_indices("reason!(") {
            let rest = text[at + "reason!(".len()..].trim_start();
            // The macro's own definition.
            if rest.starts_with('$') {
                continue;
            }
            let Some(rest) = rest.strip_prefix('"') else {
                panic!("{name}: a reason! whose id is not a literal");
            };
            let (id, rest) = string_literal(rest).expect("an id");
            let rest = rest
                .trim_start()
                .strip_prefix(',')
                .expect("a comma after the id");
            let rest = rest
                .trim_start()
                .strip_prefix('"')
                .unwrap_or_else(|| panic!("{name}: reason!({id:?}, …) has no literal English"));
            let (english, rest) = string_literal(rest).expect("the English");
            let rest = rest.trim_start();
            let args = match rest.strip_prefix(',') {
                Some(r) => named_args(r),
                None => Vec::new(),
            };
            out.push(Said {
                file: name.clone(),
                id,
                english,
                args,
            });
        }
    }
    out
}

/// A format string as Fluent: `{x}` is `{ $x }`, `{x:?}` is `"{ $x }"`.
fn as_fluent(said: &Said) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = said.english.as_str();
    let mut used = BTreeSet::new();
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        if after.starts_with("{{") || after.starts_with('}') {
            return Err(format!("{}: {}: a literal brace", said.file, said.id));
        }
        let close = after.find('}').ok_or("an unclosed placeholder")?;
        let inner = &after[1..close];
        let (name, debug) = match inner.split_once(':') {
            Some((n, "?")) => (n, true),
            Some(_) => {
                return Err(format!(
                    "{}: {}: only {{x}} and {{x:?}} placeholders",
                    said.file, said.id
                ));
            }
            None => (inner, false),
        };
        if !said.args.iter().any(|a| a == name) {
            return Err(format!(
                "{}: {}: {{{name}}} is not a named argument of the reason",
                said.file, said.id
            ));
        }
        used.insert(name.to_owned());
        if debug {
            out.push_str(&format!("\"{{ ${name} }}\""));
        } else {
            out.push_str(&format!("{{ ${name} }}"));
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    if out.starts_with(' ') || out.ends_with(' ') || out.contains('\n') || out.is_empty() {
        return Err(format!("{}: {}: not one trimmed line", said.file, said.id));
    }
    Ok(out)
}

/// `reasons/en.ftl` as the sources say it.
fn english_reasons() -> String {
    let said = said();
    assert!(said.len() > 150, "found only {} reasons", said.len());
    let mut out = String::from(
        "# Why the server refuses, in English: the sources' own reason!(…) sentences,\n\
         # written by crates/server/tests/catalogues.rs (TRUCE_BLESS=1 cargo test -p\n\
         # truce-server --test catalogues). Do not edit; translate from it.\n",
    );
    let mut seen: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut file = String::new();
    for s in &said {
        if !s
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || !s.id.starts_with(|c: char| c.is_ascii_lowercase())
        {
            problems.push(format!(
                "{}: id {:?} is not lower-case-with-hyphens",
                s.file, s.id
            ));
            continue;
        }
        let value = match as_fluent(s) {
            Ok(v) => v,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        if let Some((other, at)) = seen.get(&s.id) {
            if *other != value {
                problems.push(format!(
                    "{}: {} says {value:?}, but {at} says {other:?} with the same id",
                    s.file, s.id
                ));
            }
            continue;
        }
        seen.insert(s.id.clone(), (value.clone(), s.file.clone()));
        if s.file != file {
            out.push_str(&format!("\n## {}\n\n", s.file));
            file = s.file.clone();
        }
        out.push_str(&format!("{} = {value}\n", s.id));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    out
}

#[test]
fn the_english_reasons_are_the_sources_own() {
    let want = english_reasons();
    let path = reasons_path("en");
    if std::env::var_os("TRUCE_BLESS").is_some() {
        std::fs::write(&path, &want).expect("write reasons/en.ftl");
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    if got != want {
        let first = got
            .lines()
            .zip(want.lines())
            .find(|(a, b)| a != b)
            .map(|(a, b)| format!("first difference:\n  file:    {a}\n  sources: {b}"))
            .unwrap_or_else(|| "one is longer".into());
        panic!(
            "{} is not what the sources' reason!(…) say; run TRUCE_BLESS=1 cargo test -p truce-server --test catalogues\n{first}",
            path.display()
        );
    }
    // It parses as Fluent with the variables the sources pass.
    let en = catalogue_at(&path, "en");
    for s in said() {
        let vars = &en[&s.id];
        let args: BTreeSet<String> = s.args.iter().cloned().collect();
        assert!(
            vars.is_subset(&args),
            "{}: {} uses {vars:?}, the source passes {args:?}",
            s.file,
            s.id
        );
    }
}

#[test]
fn every_language_says_every_reason() {
    let en = catalogue_at(&reasons_path("en"), "en");
    assert!(en.len() > 150, "English has only {} reasons", en.len());
    same_messages(&en, |lang| catalogue_at(&reasons_path(lang), lang));
}
