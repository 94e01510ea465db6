//! A draft's content: a document of articles and paragraphs with stable
//! Akoma Ntoso-style clause ids (`art_3`, `art_3__para_2`), text in one or
//! more languages side by side, and a negotiation status per paragraph.
//!
//! The document travels as a JSON blob referenced by its SHA-256 from the
//! ledger entry that submits it; [`Document::parse`] checks it whole and
//! names the first thing wrong. The wire shape is private to this module.

use crate::{Reason, reason};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use thiserror::Error;

/// Largest document blob the domain accepts.
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Why a document blob is refused; its words are [`DocumentError::reason`]'s.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DocumentError {
    /// The blob does not parse as the draft shape (serde's words).
    Json(String),
    TooLarge(usize),
    /// The first thing wrong in a document that parses.
    Invalid(Reason),
}

impl DocumentError {
    /// What is wrong, in the catalogues' terms.
    pub fn reason(&self) -> Reason {
        match self {
            DocumentError::Json(detail) => reason!(
                "document-json",
                "the document is not valid JSON of the draft shape: {detail}",
                detail = detail
            ),
            DocumentError::TooLarge(n) => reason!(
                "document-too-large",
                "the document is {n} bytes; at most {max} are accepted",
                n = n,
                max = MAX_DOCUMENT_BYTES
            ),
            DocumentError::Invalid(why) => why.clone(),
        }
    }
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

/// Negotiation status of a clause in a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseStatus {
    Proposed,
    Bracketed,
    AgreedAdReferendum,
    Agreed,
}

impl ClauseStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Bracketed => "bracketed",
            Self::AgreedAdReferendum => "agreed_ad_referendum",
            Self::Agreed => "agreed",
        }
    }
}

/// Text of one thing in several languages, keyed by language code.
pub type Texts = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    pub name: Option<String>,
    pub authoritative: bool,
}

impl Language {
    /// Right-to-left scripts among the languages Truce expects.
    pub fn is_rtl(code: &str) -> bool {
        let primary = code.split('-').next().unwrap_or(code);
        matches!(
            primary,
            "ar" | "ur" | "ps" | "fa" | "prs" | "he" | "ckb" | "sd" | "ug" | "yi" | "dv"
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub eid: String,
    pub num: Option<String>,
    pub status: ClauseStatus,
    pub text: Texts,
    /// The alternatives in dispute, when bracketed.
    pub alternatives: Vec<Texts>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub eid: String,
    pub num: Option<String>,
    pub heading: Texts,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: Texts,
    pub languages: Vec<Language>,
    pub preamble: Texts,
    pub articles: Vec<Article>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageWire {
    code: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    authoritative: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphWire {
    eid: String,
    #[serde(default)]
    num: Option<String>,
    status: ClauseStatus,
    text: Texts,
    #[serde(default)]
    alternatives: Vec<Texts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleWire {
    eid: String,
    #[serde(default)]
    num: Option<String>,
    #[serde(default)]
    heading: Texts,
    paragraphs: Vec<ParagraphWire>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentWire {
    title: Texts,
    languages: Vec<LanguageWire>,
    #[serde(default)]
    preamble: Texts,
    articles: Vec<ArticleWire>,
}

fn invalid(why: Reason) -> DocumentError {
    DocumentError::Invalid(why)
}

/// An Akoma Ntoso-style id: lower-case letters, digits and `_`, not empty.
pub fn valid_eid(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A BCP 47-looking language tag: 2–3 letters, then `-` subtags.
pub fn valid_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Document {
    /// Parse and check a document blob.
    pub fn parse(bytes: &[u8]) -> Result<Self, DocumentError> {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge(bytes.len()));
        }
        let w: DocumentWire =
            serde_json::from_slice(bytes).map_err(|e| DocumentError::Json(e.to_string()))?;
        if w.languages.is_empty() {
            return Err(invalid(reason!(
                "document-no-language",
                "the document names no language"
            )));
        }
        let mut codes = HashSet::new();
        for l in &w.languages {
            if !valid_language(&l.code) {
                return Err(invalid(reason!(
                    "document-language-code",
                    "{code:?} is not a language code",
                    code = l.code
                )));
            }
            if !codes.insert(l.code.clone()) {
                return Err(invalid(reason!(
                    "document-language-twice",
                    "language {code:?} is listed twice",
                    code = l.code
                )));
            }
        }
        if !w.languages.iter().any(|l| l.authoritative) {
            return Err(invalid(reason!(
                "document-no-authoritative",
                "no language is marked authoritative (mark one, or several as equally authentic)"
            )));
        }
        let authoritative: Vec<&str> = w
            .languages
            .iter()
            .filter(|l| l.authoritative)
            .map(|l| l.code.as_str())
            .collect();
        // `what` names the part, said only when it is wrong.
        let check_texts =
            |what: &dyn Fn() -> Reason, t: &Texts, required: bool| -> Result<(), DocumentError> {
                for code in t.keys() {
                    if !codes.contains(code) {
                        let what = what();
                        return Err(invalid(
                            reason!(
                                "document-text-unlisted-language",
                                "{what} has text in {code:?}, which the document does not list",
                                what = what,
                                code = code
                            )
                            .nest("what", what),
                        ));
                    }
                }
                if required {
                    for a in &authoritative {
                        if t.get(*a).is_none_or(|s| s.trim().is_empty()) {
                            let what = what();
                            return Err(invalid(
                                reason!(
                                    "document-text-missing",
                                    "{what} has no text in the authoritative language {language:?}",
                                    what = what,
                                    language = a
                                )
                                .nest("what", what),
                            ));
                        }
                    }
                }
                Ok(())
            };
        check_texts(
            &|| reason!("document-part-title", "the title"),
            &w.title,
            true,
        )?;
        check_texts(
            &|| reason!("document-part-preamble", "the preamble"),
            &w.preamble,
            false,
        )?;
        if w.articles.is_empty() {
            return Err(invalid(reason!(
                "document-no-article",
                "the document has no article"
            )));
        }
        let mut eids = HashSet::new();
        let mut articles = Vec::with_capacity(w.articles.len());
        for a in w.articles {
            if !valid_eid(&a.eid) {
                return Err(invalid(reason!(
                    "document-article-eid",
                    "article id {eid:?} is not an eId (lower-case letters, digits, '_')",
                    eid = a.eid
                )));
            }
            if !eids.insert(a.eid.clone()) {
                return Err(invalid(reason!(
                    "document-eid-twice",
                    "clause id {eid:?} is used twice",
                    eid = a.eid
                )));
            }
            check_texts(
                &|| reason!("document-part-heading", "the heading of {eid}", eid = a.eid),
                &a.heading,
                false,
            )?;
            if a.paragraphs.is_empty() {
                return Err(invalid(reason!(
                    "document-no-paragraph",
                    "article {eid} has no paragraph",
                    eid = a.eid
                )));
            }
            let mut paragraphs = Vec::with_capacity(a.paragraphs.len());
            for p in a.paragraphs {
                if !valid_eid(&p.eid) {
                    return Err(invalid(reason!(
                        "document-paragraph-eid",
                        "paragraph id {eid:?} is not an eId (lower-case letters, digits, '_')",
                        eid = p.eid
                    )));
                }
                if !eids.insert(p.eid.clone()) {
                    return Err(invalid(reason!(
                        "document-eid-twice",
                        "clause id {eid:?} is used twice",
                        eid = p.eid
                    )));
                }
                check_texts(
                    &|| reason!("document-part-clause", "clause {eid}", eid = p.eid),
                    &p.text,
                    true,
                )?;
                match (p.status, p.alternatives.is_empty()) {
                    (ClauseStatus::Bracketed, true) => {
                        return Err(invalid(reason!(
                            "document-bracketed-no-alternatives",
                            "clause {eid} is bracketed but lists no alternatives",
                            eid = p.eid
                        )));
                    }
                    (s, false) if s != ClauseStatus::Bracketed => {
                        return Err(invalid(reason!(
                            "document-alternatives-not-bracketed",
                            "clause {eid} lists alternatives but is {status}, not bracketed",
                            eid = p.eid,
                            status = s.as_str()
                        )));
                    }
                    _ => {}
                }
                for (i, alt) in p.alternatives.iter().enumerate() {
                    check_texts(
                        &|| {
                            reason!(
                                "document-part-alternative",
                                "alternative {n} of clause {eid}",
                                n = i + 1,
                                eid = p.eid
                            )
                        },
                        alt,
                        true,
                    )?;
                }
                paragraphs.push(Paragraph {
                    eid: p.eid,
                    num: p.num,
                    status: p.status,
                    text: p.text,
                    alternatives: p.alternatives,
                });
            }
            articles.push(Article {
                eid: a.eid,
                num: a.num,
                heading: a.heading,
                paragraphs,
            });
        }
        Ok(Document {
            title: w.title,
            languages: w
                .languages
                .into_iter()
                .map(|l| Language {
                    code: l.code,
                    name: l.name,
                    authoritative: l.authoritative,
                })
                .collect(),
            preamble: w.preamble,
            articles,
        })
    }

    /// Every paragraph in document order, with its article.
    pub fn clauses(&self) -> impl Iterator<Item = (&Article, &Paragraph)> {
        self.articles
            .iter()
            .flat_map(|a| a.paragraphs.iter().map(move |p| (a, p)))
    }

    /// Whether `eid` names an article or paragraph of this document.
    pub fn has_clause(&self, eid: &str) -> bool {
        self.articles
            .iter()
            .any(|a| a.eid == eid || a.paragraphs.iter().any(|p| p.eid == eid))
    }

    pub fn bracketed(&self) -> Vec<&str> {
        self.clauses()
            .filter(|(_, p)| p.status == ClauseStatus::Bracketed)
            .map(|(_, p)| p.eid.as_str())
            .collect()
    }

    /// The first authoritative language (for single-language views).
    pub fn primary_language(&self) -> &str {
        self.languages
            .iter()
            .find(|l| l.authoritative)
            .map_or("en", |l| l.code.as_str())
    }

    /// `texts` in `lang`, else in the primary language.
    pub fn text_in<'a>(&self, texts: &'a Texts, lang: &str) -> &'a str {
        texts
            .get(lang)
            .or_else(|| texts.get(self.primary_language()))
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(status: &str, alts: &str) -> String {
        format!(
            r#"{{"title":{{"en":"T"}},"languages":[{{"code":"en","authoritative":true}},{{"code":"ur"}}],
            "articles":[{{"eid":"art_1","heading":{{"en":"H"}},"paragraphs":[{{"eid":"art_1__para_1","status":"{status}","text":{{"en":"x","ur":"ی"}}{alts}}}]}}]}}"#
        )
    }

    #[test]
    fn parses_and_refuses_with_reasons() {
        let d = Document::parse(doc("agreed", "").as_bytes()).unwrap();
        assert!(d.has_clause("art_1__para_1"));
        assert!(d.bracketed().is_empty());
        let e = Document::parse(doc("bracketed", "").as_bytes()).unwrap_err();
        assert!(e.to_string().contains("lists no alternatives"), "{e}");
        let d = Document::parse(doc("bracketed", r#","alternatives":[{"en":"y"}]"#).as_bytes())
            .unwrap();
        assert_eq!(d.bracketed(), vec!["art_1__para_1"]);
        let e = Document::parse(b"{}").unwrap_err();
        assert!(matches!(e, DocumentError::Json(_)));
        assert!(Language::is_rtl("ur") && Language::is_rtl("ps-AF") && !Language::is_rtl("tr"));
    }
}
