//! Compare two versions of a draft clause by clause: which clauses were
//! added, removed, changed (with word-level changes per language, and status
//! changes) or moved (their order among the clauses both versions share
//! changed, or they moved to another article). Clause ids are stable across
//! revisions, so the comparison is by id, not by position.

use crate::document::{Document, Paragraph, Texts};
use similar::{ChangeTag, TextDiff, capture_diff_slices_deadline};
use std::collections::HashMap;
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseChange {
    Added,
    Removed,
    Changed,
    Moved,
    MovedAndChanged,
    Unchanged,
}

impl ClauseChange {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Changed => "changed",
            Self::Moved => "moved",
            Self::MovedAndChanged => "moved_and_changed",
            Self::Unchanged => "unchanged",
        }
    }
}

/// One word-level piece of a changed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordChange {
    Same(String),
    Inserted(String),
    Deleted(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseDiff {
    pub eid: String,
    pub article_before: Option<String>,
    pub article_after: Option<String>,
    pub change: ClauseChange,
    pub status_before: Option<&'static str>,
    pub status_after: Option<&'static str>,
    /// Per language whose text differs: the word-level changes.
    pub words: Vec<(String, Vec<WordChange>)>,
}

/// Word-level changes from `a` to `b`.
pub fn word_diff(a: &str, b: &str) -> Vec<WordChange> {
    word_diff_until(a, b, None)
}

/// [`word_diff`], coarser but still exact past `deadline`: the changes
/// found by then are refined, the rest reported as replaced whole, so a
/// diff's cost is bounded whatever its input (the caller reads the clock).
pub fn word_diff_until(a: &str, b: &str, deadline: Option<Instant>) -> Vec<WordChange> {
    let mut config = TextDiff::configure();
    if let Some(d) = deadline {
        config.deadline(d);
    }
    let diff = config.diff_words(a, b);
    let mut out: Vec<WordChange> = Vec::new();
    for change in diff.iter_all_changes() {
        let s = change.value().to_owned();
        // Merge runs of the same tag so the output reads as phrases.
        match (change.tag(), out.last_mut()) {
            (ChangeTag::Equal, Some(WordChange::Same(x)))
            | (ChangeTag::Insert, Some(WordChange::Inserted(x)))
            | (ChangeTag::Delete, Some(WordChange::Deleted(x))) => x.push_str(&s),
            (ChangeTag::Equal, _) => out.push(WordChange::Same(s)),
            (ChangeTag::Insert, _) => out.push(WordChange::Inserted(s)),
            (ChangeTag::Delete, _) => out.push(WordChange::Deleted(s)),
        }
    }
    out
}

fn text_changes(a: &Texts, b: &Texts, deadline: Option<Instant>) -> Vec<(String, Vec<WordChange>)> {
    let mut langs: Vec<&String> = a.keys().chain(b.keys()).collect();
    langs.sort();
    langs.dedup();
    langs
        .into_iter()
        .filter_map(|l| {
            let (x, y) = (
                a.get(l).map_or("", String::as_str),
                b.get(l).map_or("", String::as_str),
            );
            (x != y).then(|| (l.clone(), word_diff_until(x, y, deadline)))
        })
        .collect()
}

fn paragraph_text(p: &Paragraph) -> Texts {
    // Alternatives are part of a bracketed clause's text.
    let mut t = p.text.clone();
    for (i, alt) in p.alternatives.iter().enumerate() {
        for (lang, s) in alt {
            let e = t.entry(lang.clone()).or_default();
            e.push_str(&format!(" [alternative {}: {s}]", i + 1));
        }
    }
    t
}

/// The clause-level diff from `a` to `b`, in `b`'s order with removed
/// clauses where they stood in `a`.
pub fn diff(a: &Document, b: &Document) -> Vec<ClauseDiff> {
    diff_until(a, b, None)
}

/// [`diff`], its word level bounded by `deadline` (see [`word_diff_until`]).
pub fn diff_until(a: &Document, b: &Document, deadline: Option<Instant>) -> Vec<ClauseDiff> {
    let before: Vec<(&str, &Paragraph)> = a.clauses().map(|(x, p)| (x.eid.as_str(), p)).collect();
    let after: Vec<(&str, &Paragraph)> = b.clauses().map(|(x, p)| (x.eid.as_str(), p)).collect();
    let in_a: HashMap<&str, (&str, &Paragraph)> = before
        .iter()
        .map(|(art, p)| (p.eid.as_str(), (*art, *p)))
        .collect();
    let in_b: HashMap<&str, (&str, &Paragraph)> = after
        .iter()
        .map(|(art, p)| (p.eid.as_str(), (*art, *p)))
        .collect();
    // Order of the shared clauses: those outside the longest common
    // subsequence moved.
    let shared_a: Vec<&str> = before
        .iter()
        .map(|(_, p)| p.eid.as_str())
        .filter(|e| in_b.contains_key(e))
        .collect();
    let shared_b: Vec<&str> = after
        .iter()
        .map(|(_, p)| p.eid.as_str())
        .filter(|e| in_a.contains_key(e))
        .collect();
    let mut kept = std::collections::HashSet::new();
    for op in
        capture_diff_slices_deadline(similar::Algorithm::Myers, &shared_a, &shared_b, deadline)
    {
        if let similar::DiffOp::Equal { old_index, len, .. } = op {
            for e in &shared_a[old_index..old_index + len] {
                kept.insert(*e);
            }
        }
    }
    let mut out = Vec::new();
    let mut removed_pending: Vec<&str> = Vec::new();
    let flush_removed = |out: &mut Vec<ClauseDiff>, pending: &mut Vec<&str>| {
        for e in pending.drain(..) {
            let (art, p) = in_a[e];
            out.push(ClauseDiff {
                eid: e.to_owned(),
                article_before: Some(art.to_owned()),
                article_after: None,
                change: ClauseChange::Removed,
                status_before: Some(p.status.as_str()),
                status_after: None,
                words: text_changes(&paragraph_text(p), &Texts::new(), deadline),
            });
        }
    };
    let mut ai = 0;
    for (art_b, pb) in &after {
        // Emit clauses removed before the next shared clause of `a`.
        while ai < before.len() && !in_b.contains_key(before[ai].1.eid.as_str()) {
            removed_pending.push(before[ai].1.eid.as_str());
            ai += 1;
        }
        if in_a.contains_key(pb.eid.as_str()) && ai < before.len() {
            ai += 1;
        }
        flush_removed(&mut out, &mut removed_pending);
        let d = match in_a.get(pb.eid.as_str()) {
            None => ClauseDiff {
                eid: pb.eid.clone(),
                article_before: None,
                article_after: Some((*art_b).to_owned()),
                change: ClauseChange::Added,
                status_before: None,
                status_after: Some(pb.status.as_str()),
                words: text_changes(&Texts::new(), &paragraph_text(pb), deadline),
            },
            Some((art_a, pa)) => {
                let words = text_changes(&paragraph_text(pa), &paragraph_text(pb), deadline);
                let changed = !words.is_empty() || pa.status != pb.status;
                let moved = !kept.contains(pb.eid.as_str()) || art_a != art_b;
                ClauseDiff {
                    eid: pb.eid.clone(),
                    article_before: Some((*art_a).to_owned()),
                    article_after: Some((*art_b).to_owned()),
                    change: match (moved, changed) {
                        (true, true) => ClauseChange::MovedAndChanged,
                        (true, false) => ClauseChange::Moved,
                        (false, true) => ClauseChange::Changed,
                        (false, false) => ClauseChange::Unchanged,
                    },
                    status_before: Some(pa.status.as_str()),
                    status_after: Some(pb.status.as_str()),
                    words,
                }
            }
        };
        out.push(d);
    }
    while ai < before.len() {
        if !in_b.contains_key(before[ai].1.eid.as_str()) {
            removed_pending.push(before[ai].1.eid.as_str());
        }
        ai += 1;
    }
    flush_removed(&mut out, &mut removed_pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(paras: &[(&str, &str, &str)]) -> Document {
        let ps: Vec<String> = paras
            .iter()
            .map(|(e, s, t)| format!(r#"{{"eid":"{e}","status":"{s}","text":{{"en":"{t}"}}}}"#))
            .collect();
        Document::parse(
            format!(
                r#"{{"title":{{"en":"T"}},"languages":[{{"code":"en","authoritative":true}}],"articles":[{{"eid":"art_1","paragraphs":[{}]}}]}}"#,
                ps.join(",")
            )
            .as_bytes(),
        )
        .unwrap()
    }

    #[test]
    fn added_removed_changed_moved() {
        let a = doc(&[
            ("p1", "proposed", "the ceasefire holds"),
            ("p2", "agreed", "talks continue"),
            ("p3", "agreed", "a mechanism is set up"),
            ("p4", "agreed", "to be dropped"),
        ]);
        let b = doc(&[
            ("p3", "agreed", "a mechanism is set up"),
            ("p1", "agreed", "the ceasefire holds firmly"),
            ("p2", "agreed", "talks continue"),
            ("p5", "proposed", "a new clause"),
        ]);
        let d = diff(&a, &b);
        let by: HashMap<&str, &ClauseDiff> = d.iter().map(|c| (c.eid.as_str(), c)).collect();
        assert_eq!(by["p1"].change, ClauseChange::Changed);
        assert_eq!(by["p2"].change, ClauseChange::Unchanged);
        assert_eq!(by["p3"].change, ClauseChange::Moved);
        assert_eq!(by["p4"].change, ClauseChange::Removed);
        assert_eq!(by["p5"].change, ClauseChange::Added);
        let words = &by["p1"].words[0].1;
        assert!(
            words.contains(&WordChange::Inserted(" firmly".into())),
            "{words:?}"
        );
        assert_eq!(d.len(), 5);
    }
}
