//! Exports of the negotiation, all pure text: a version (or the agreement)
//! as Markdown and as Akoma Ntoso 3.0 XML, and the rounds and deadlines as
//! an RFC 5545 iCalendar feed.
//!
//! The Akoma Ntoso export is a `documentCollection` holding one `doc` per
//! language, each its own FRBR expression (the authoritative ones marked),
//! with the shuttle as `workflow/step`s and the signatures and witness
//! endorsements in `conclusions`. Every export takes the [`Viewer`] it is
//! made for: the shuttle history it shows follows the confidentiality rules.

use crate::access::Viewer;
use crate::document::{Document, Language, Paragraph, Texts};
use crate::{ProcessState, Version};
use std::fmt::Write as _;

/// One step of a version's history as `viewer` may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShuttleStep {
    pub index: u64,
    pub action: &'static str,
    pub version: String,
    pub by_participant: String,
    pub by_member: String,
    pub to: Option<String>,
    pub at: Option<String>,
}

impl ProcessState {
    /// The version and its visible ancestors, oldest first.
    pub fn lineage<'a>(&'a self, viewer: &Viewer, v: &'a Version) -> Vec<&'a Version> {
        let mut chain = vec![v];
        let mut cur = v;
        while let Some(p) = cur.parent.as_ref().and_then(|p| self.versions.get(p)) {
            if chain.iter().any(|c| c.id == p.id) {
                break;
            }
            chain.push(p);
            cur = p;
        }
        chain.reverse();
        chain
            .into_iter()
            .filter(|x| self.can_see_version(viewer, x))
            .collect()
    }

    /// The shuttle as `viewer` may see it: submissions, relays (to the
    /// viewer's side, or all for mediators), signatures and witnessing of
    /// the version's lineage, in log order.
    pub fn shuttle(&self, viewer: &Viewer, v: &Version) -> Vec<ShuttleStep> {
        let mut steps = Vec::new();
        for x in self.lineage(viewer, v) {
            let (by_member, by_participant) = self.shown_author(viewer, x);
            let hidden = !x.attributed && !viewer.is_mediator();
            steps.push(ShuttleStep {
                index: self.shown_index(viewer, x),
                action: "submitted",
                version: x.id.clone(),
                by_participant,
                by_member,
                to: Some("mediators".into()),
                at: if hidden { None } else { x.at.clone() },
            });
            for r in &x.relays {
                if viewer.is_mediator()
                    || viewer.participant() == Some(r.to.as_str())
                    || viewer.participant() == Some(x.author_participant.as_str())
                {
                    let mediator = self
                        .members
                        .get(&r.by)
                        .map_or_else(|| "secretariat".to_owned(), |m| m.participant.clone());
                    steps.push(ShuttleStep {
                        index: r.index,
                        action: "relayed",
                        version: x.id.clone(),
                        by_participant: mediator,
                        by_member: r.by.clone(),
                        to: Some(r.to.clone()),
                        at: r.at.clone(),
                    });
                }
            }
            for (action, list) in [("signed", &x.signatures), ("witnessed", &x.witnesses)] {
                for s in list {
                    steps.push(ShuttleStep {
                        index: s.index,
                        action,
                        version: x.id.clone(),
                        by_participant: s.participant.clone(),
                        by_member: s.member.clone(),
                        to: None,
                        at: s.at.clone(),
                    });
                }
            }
        }
        steps.sort_by_key(|s| s.index);
        steps
    }

    fn participant_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.participants.get(id).map_or(id, |p| p.name.as_str())
    }

    fn member_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.members.get(id).map_or(id, |m| m.name.as_str())
    }
}

fn status_label(p: &Paragraph) -> &'static str {
    match p.status {
        crate::ClauseStatus::Proposed => "proposed",
        crate::ClauseStatus::Bracketed => "bracketed",
        crate::ClauseStatus::AgreedAdReferendum => "agreed ad referendum",
        crate::ClauseStatus::Agreed => "agreed",
    }
}

fn md_text(out: &mut String, lang: &str, text: &str) {
    if Language::is_rtl(lang) {
        let _ = writeln!(
            out,
            "<div dir=\"rtl\" lang=\"{lang}\">{}</div>\n",
            xml_escape(text)
        );
    } else {
        let _ = writeln!(out, "{text} *({lang})*\n");
    }
}

fn md_texts(out: &mut String, doc: &Document, texts: &Texts) {
    for l in &doc.languages {
        if let Some(t) = texts.get(&l.code) {
            md_text(out, &l.code, t);
        }
    }
}

/// A version as Markdown: every language side by side, clause statuses,
/// the shuttle, and the signatures.
pub fn markdown(state: &ProcessState, viewer: &Viewer, v: &Version) -> String {
    let doc = &v.document;
    let primary = doc.primary_language();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", doc.text_in(&doc.title, primary));
    if let Some(p) = &state.process {
        let _ = writeln!(out, "*{}*\n", p.title);
    }
    let adoption = state.adoption(v);
    let _ = writeln!(
        out,
        "- Version: `{}` of draft `{}`{}",
        v.id,
        v.draft,
        v.parent
            .as_ref()
            .map(|p| format!(", amending `{p}`"))
            .unwrap_or_default()
    );
    let _ = writeln!(out, "- Content SHA-256: `{}`", v.content);
    let langs: Vec<String> = doc
        .languages
        .iter()
        .map(|l| {
            format!(
                "{}{}",
                l.name.clone().unwrap_or_else(|| l.code.clone()),
                if l.authoritative { " (authentic)" } else { "" }
            )
        })
        .collect();
    let _ = writeln!(out, "- Languages: {}", langs.join(", "));
    let _ = writeln!(
        out,
        "- Status: {}\n",
        if adoption.adopted {
            "adopted: signed by every party and witnessed by the mediators".to_owned()
        } else {
            let mut missing = adoption.missing_signatures.clone();
            missing.extend(
                adoption
                    .missing_witnesses
                    .iter()
                    .map(|w| format!("{w} (witness)")),
            );
            format!("not adopted; still missing: {}", missing.join(", "))
        }
    );
    if !doc.preamble.is_empty() {
        md_texts(&mut out, doc, &doc.preamble);
    }
    for a in &doc.articles {
        let heading = doc.text_in(&a.heading, primary);
        let _ = writeln!(
            out,
            "## Article {}{} {{#{}}}\n",
            a.num.as_deref().unwrap_or(""),
            if heading.is_empty() {
                String::new()
            } else {
                format!(" — {heading}")
            },
            a.eid
        );
        for p in &a.paragraphs {
            let _ = writeln!(
                out,
                "**{}** `{}` — *{}*\n",
                p.num.as_deref().unwrap_or("¶"),
                p.eid,
                status_label(p)
            );
            md_texts(&mut out, doc, &p.text);
            for (i, alt) in p.alternatives.iter().enumerate() {
                let _ = writeln!(out, "> Alternative {} in brackets:\n", i + 1);
                md_texts(&mut out, doc, alt);
            }
        }
    }
    let _ = writeln!(out, "## Shuttle\n");
    let _ = writeln!(out, "| Entry | When | Act | Version | By | To |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for s in state.shuttle(viewer, v) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            s.index,
            s.at.as_deref().unwrap_or(""),
            s.action,
            s.version,
            state.participant_name(&s.by_participant),
            s.to.as_deref().map_or("", |t| state.participant_name(t))
        );
    }
    let _ = writeln!(out, "\n## Signatures\n");
    for (what, list) in [
        ("Signed", &adoption.signed),
        ("Witnessed", &adoption.witnessed),
    ] {
        for s in list {
            let _ = writeln!(
                out,
                "- {what} for {} by {} (entry {}{})",
                state.participant_name(&s.participant),
                state.member_name(&s.member),
                s.index,
                s.at.as_deref()
                    .map(|a| format!(", {a}"))
                    .unwrap_or_default()
            );
        }
    }
    out
}

pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// ISO 639-2 code for the FRBR language, for the languages Truce expects;
/// others keep their own code.
fn iso639_2(code: &str) -> String {
    let primary = code.split('-').next().unwrap_or(code);
    match primary {
        "en" => "eng",
        "ur" => "urd",
        "ps" => "pus",
        "fa" | "prs" => "per",
        "tr" => "tur",
        "ar" => "ara",
        "fr" => "fre",
        "ru" => "rus",
        "es" => "spa",
        "zh" => "chi",
        other => other,
    }
    .to_owned()
}

fn date_part(at: Option<&str>) -> Option<&str> {
    at.map(|a| &a[..10.min(a.len())])
}

/// An Akoma Ntoso eId/refersTo id from one of ours.
fn tlc(id: &str) -> String {
    id.replace('.', "_")
}

/// A version (or the agreement) as Akoma Ntoso 3.0 XML. With `lang`, one
/// `doc` in that language (its clause eIds exactly as negotiated); without,
/// a `documentCollection` of one `doc` per language, each its own FRBR
/// expression. The schema wants eIds unique across a collection, so inside
/// a collection each language's ids carry its component prefix
/// (`en__art_1__para_1`).
pub fn akoma_ntoso(
    state: &ProcessState,
    viewer: &Viewer,
    v: &Version,
    origin: &str,
    lang: Option<&str>,
) -> String {
    let doc = &v.document;
    let process = state.process.as_ref().map_or("process", |p| p.id.as_str());
    let adoption = state.adoption(v);
    let steps = state.shuttle(viewer, v);
    let work_date = steps
        .iter()
        .filter_map(|s| date_part(s.at.as_deref()))
        .next_back()
        .unwrap_or("1970-01-01")
        .to_owned();
    let work_uri = format!("/akn/un/doc/agreement/{}/{}", tlc(process), tlc(&v.draft));
    let kind = if adoption.adopted {
        "agreement"
    } else {
        "draft"
    };
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n");
    let m = |x: &mut String, ind: &str, lang: &str, full: bool, prefix: &str| {
        meta(
            x, ind, state, &steps, &work_uri, &work_date, lang, doc, v, origin, full, prefix,
        )
    };
    if let Some(lang) = lang {
        let _ = writeln!(x, "  <doc name=\"{kind}\">");
        m(&mut x, "    ", lang, true, "");
        body(&mut x, state, &adoption, doc, lang, "", "    ");
        x.push_str("  </doc>\n</akomaNtoso>\n");
        return x;
    }
    let _ = writeln!(x, "  <documentCollection name=\"{kind}\">");
    m(&mut x, "    ", doc.primary_language(), true, "");
    x.push_str("    <collectionBody>\n");
    for l in &doc.languages {
        let id = tlc(&l.code.to_lowercase().replace('-', "_"));
        let _ = writeln!(x, "      <component eId=\"cmp_{id}\">");
        let _ = writeln!(x, "        <doc name=\"{kind}\">");
        m(&mut x, "          ", &l.code, false, &format!("{id}__"));
        body(
            &mut x,
            state,
            &adoption,
            doc,
            &l.code,
            &format!("{id}__"),
            "          ",
        );
        x.push_str("        </doc>\n      </component>\n");
    }
    x.push_str("    </collectionBody>\n  </documentCollection>\n</akomaNtoso>\n");
    x
}

#[allow(clippy::too_many_arguments)]
fn meta(
    x: &mut String,
    ind: &str,
    state: &ProcessState,
    steps: &[crate::export::ShuttleStep],
    work_uri: &str,
    work_date: &str,
    lang: &str,
    doc: &Document,
    v: &Version,
    origin: &str,
    full: bool,
    prefix: &str,
) {
    let l3 = iso639_2(lang);
    let authoritative = doc
        .languages
        .iter()
        .find(|l| l.code == lang)
        .is_some_and(|l| l.authoritative);
    let expr = format!("{work_uri}/{l3}@{}", tlc(&v.id));
    let _ = writeln!(x, "{ind}<meta>");
    let _ = writeln!(x, "{ind}  <identification source=\"#truce\">");
    let _ = writeln!(
        x,
        "{ind}    <FRBRWork>\n{ind}      <FRBRthis value=\"{work_uri}/!main\"/>\n{ind}      <FRBRuri value=\"{work_uri}\"/>\n{ind}      <FRBRdate date=\"{work_date}\" name=\"{}\"/>\n{ind}      <FRBRauthor href=\"#{prefix}mediators\"/>\n{ind}      <FRBRcountry value=\"un\"/>\n{ind}    </FRBRWork>",
        if state.adopted.contains(&v.id) {
            "signature"
        } else {
            "draft"
        }
    );
    let _ = writeln!(
        x,
        "{ind}    <FRBRExpression>\n{ind}      <FRBRthis value=\"{expr}/!main\"/>\n{ind}      <FRBRuri value=\"{expr}\"/>\n{ind}      <FRBRdate date=\"{work_date}\" name=\"version\"/>\n{ind}      <FRBRauthor href=\"#{prefix}{}\"/>\n{ind}      <FRBRversionNumber value=\"{}\"/>\n{ind}      <FRBRauthoritative value=\"{authoritative}\"/>\n{ind}      <FRBRlanguage language=\"{l3}\"/>\n{ind}    </FRBRExpression>",
        tlc(&state.shown_author(&Viewer::Public, v).1),
        xml_escape(&v.id)
    );
    let _ = writeln!(
        x,
        "{ind}    <FRBRManifestation>\n{ind}      <FRBRthis value=\"{expr}/!main.xml\"/>\n{ind}      <FRBRuri value=\"{expr}.akn\"/>\n{ind}      <FRBRdate date=\"{work_date}\" name=\"export\"/>\n{ind}      <FRBRauthor href=\"#{prefix}truce\"/>\n{ind}    </FRBRManifestation>"
    );
    let _ = writeln!(x, "{ind}  </identification>");
    if full {
        let dated: Vec<_> = steps
            .iter()
            .filter_map(|s| date_part(s.at.as_deref()).map(|d| (d, s)))
            .collect();
        if !dated.is_empty() {
            let _ = writeln!(x, "{ind}  <workflow source=\"#truce\">");
            for (d, s) in dated {
                let _ = writeln!(
                    x,
                    "{ind}    <step date=\"{d}\" by=\"#{p}{}\" refersTo=\"#{p}{}\" outcome=\"#{p}{}\"/><!-- entry {} of {}: {} {}{} -->",
                    tlc(&s.by_participant),
                    s.action,
                    s.action,
                    s.index,
                    xml_escape(origin).replace("--", "- -"),
                    s.action,
                    xml_escape(&s.version),
                    s.to.as_deref()
                        .map(|t| format!(" to {}", xml_escape(t)))
                        .unwrap_or_default(),
                    p = prefix
                );
            }
            let _ = writeln!(x, "{ind}  </workflow>");
        }
    }
    let _ = writeln!(x, "{ind}  <references source=\"#truce\">");
    let _ = writeln!(
        x,
        "{ind}    <TLCOrganization eId=\"{prefix}truce\" href=\"/ontology/organization/truce\" showAs=\"Truce ledger {}\"/>",
        xml_escape(origin)
    );
    let _ = writeln!(
        x,
        "{ind}    <TLCOrganization eId=\"{prefix}mediators\" href=\"/ontology/organization/mediators\" showAs=\"The mediators\"/>"
    );
    let _ = writeln!(
        x,
        "{ind}    <TLCOrganization eId=\"{prefix}secretariat\" href=\"/ontology/organization/secretariat\" showAs=\"The secretariat\"/>"
    );
    for p in state.participants.values() {
        let _ = writeln!(
            x,
            "{ind}    <TLCOrganization eId=\"{prefix}{}\" href=\"/ontology/organization/{}\" showAs=\"{}\"/>",
            tlc(&p.id),
            tlc(&p.id),
            xml_escape(&p.name)
        );
    }
    for m in state.members.values() {
        let _ = writeln!(
            x,
            "{ind}    <TLCPerson eId=\"{prefix}{}\" href=\"/ontology/person/{}\" showAs=\"{}\"/>",
            tlc(&m.id),
            tlc(&m.id),
            xml_escape(&m.name)
        );
    }
    for (r, label) in [("signatory", "Signatory"), ("witness", "Witness")] {
        let _ = writeln!(
            x,
            "{ind}    <TLCRole eId=\"{prefix}{r}\" href=\"/ontology/role/{r}\" showAs=\"{label}\"/>"
        );
    }
    for c in ["submitted", "relayed", "signed", "witnessed"] {
        let _ = writeln!(
            x,
            "{ind}    <TLCConcept eId=\"{prefix}{c}\" href=\"/ontology/concept/{c}\" showAs=\"{c}\"/>"
        );
    }
    let _ = writeln!(x, "{ind}  </references>");
    let _ = writeln!(x, "{ind}</meta>");
}

fn p_elem(x: &mut String, ind: &str, lang: &str, text: &str, class: Option<&str>) {
    let dir = if Language::is_rtl(lang) {
        " style=\"direction: rtl\""
    } else {
        ""
    };
    let class = class.map(|c| format!(" class=\"{c}\"")).unwrap_or_default();
    let _ = writeln!(
        x,
        "{ind}<p xml:lang=\"{lang}\"{class}{dir}>{}</p>",
        xml_escape(text)
    );
}

fn body(
    x: &mut String,
    state: &ProcessState,
    adoption: &crate::AdoptionStatus,
    doc: &Document,
    lang: &str,
    prefix: &str,
    ind: &str,
) {
    let _ = writeln!(x, "{ind}<preface>");
    p_elem(
        x,
        &format!("{ind}  "),
        lang,
        doc.text_in(&doc.title, lang),
        Some("title"),
    );
    let _ = writeln!(x, "{ind}</preface>");
    if !doc.preamble.is_empty() {
        let _ = writeln!(x, "{ind}<preamble>");
        p_elem(
            x,
            &format!("{ind}  "),
            lang,
            doc.text_in(&doc.preamble, lang),
            None,
        );
        let _ = writeln!(x, "{ind}</preamble>");
    }
    let _ = writeln!(x, "{ind}<mainBody>");
    for a in &doc.articles {
        let _ = writeln!(x, "{ind}  <article eId=\"{prefix}{}\">", a.eid);
        if let Some(n) = &a.num {
            let _ = writeln!(x, "{ind}    <num>{}</num>", xml_escape(n));
        }
        let h = doc.text_in(&a.heading, lang);
        if !h.is_empty() {
            let _ = writeln!(x, "{ind}    <heading>{}</heading>", xml_escape(h));
        }
        for p in &a.paragraphs {
            let _ = writeln!(
                x,
                "{ind}    <paragraph eId=\"{prefix}{}\" class=\"{}\">",
                p.eid,
                p.status.as_str()
            );
            if let Some(n) = &p.num {
                let _ = writeln!(x, "{ind}      <num>{}</num>", xml_escape(n));
            }
            let _ = writeln!(x, "{ind}      <content>");
            p_elem(
                x,
                &format!("{ind}        "),
                lang,
                doc.text_in(&p.text, lang),
                None,
            );
            for alt in &p.alternatives {
                p_elem(
                    x,
                    &format!("{ind}        "),
                    lang,
                    &format!("[{}]", doc.text_in(alt, lang)),
                    Some("alternative"),
                );
            }
            let _ = writeln!(x, "{ind}      </content>\n{ind}    </paragraph>");
        }
        let _ = writeln!(x, "{ind}  </article>");
    }
    let _ = writeln!(x, "{ind}</mainBody>");
    if !adoption.signed.is_empty() || !adoption.witnessed.is_empty() {
        let _ = writeln!(x, "{ind}<conclusions>");
        for (role, list) in [
            ("signatory", &adoption.signed),
            ("witness", &adoption.witnessed),
        ] {
            for s in list {
                let date = date_part(s.at.as_deref());
                let _ = writeln!(
                    x,
                    "{ind}  <p><signature><person refersTo=\"#{prefix}{}\" as=\"#{prefix}{role}\">{}</person>, <organization refersTo=\"#{prefix}{}\">{}</organization>{} (ledger entry {})</signature></p>",
                    tlc(&s.member),
                    xml_escape(state.member_name(&s.member)),
                    tlc(&s.participant),
                    xml_escape(state.participant_name(&s.participant)),
                    date.map(|d| format!(", <date date=\"{d}\">{d}</date>"))
                        .unwrap_or_default(),
                    s.index
                );
            }
        }
        let _ = writeln!(x, "{ind}</conclusions>");
    }
}

/// The next calendar day of a valid `YYYY-MM-DD`.
fn next_day(date: &str) -> String {
    let y: u32 = date[0..4].parse().unwrap_or(1970);
    let m: u32 = date[5..7].parse().unwrap_or(1);
    let d: u32 = date[8..10].parse().unwrap_or(1);
    let days = crate::wire::days_in_month(y, m);
    let (y, m, d) = if d < days {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    };
    format!("{y:04}{m:02}{d:02}")
}

fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Append one content line, folded at 75 octets (RFC 5545 §3.1) without
/// splitting a UTF-8 character, ended by CRLF.
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn ics_date(d: &str) -> String {
    d.replace('-', "")
}

fn ics_time(t: &str) -> String {
    t.replace(['-', ':'], "")
}

/// Rounds and deadlines as an RFC 5545 calendar. `dtstamp` is the UTC time
/// the feed is made (`YYYY-MM-DDTHH:MM:SSZ`).
pub fn icalendar(state: &ProcessState, origin: &str, dtstamp: &str) -> String {
    let mut out = String::new();
    let stamp = ics_time(dtstamp);
    let name = state
        .process
        .as_ref()
        .map_or_else(|| origin.to_owned(), |p| p.title.clone());
    for l in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Truce//Truce ledger//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("X-WR-CALNAME:{}", ics_escape(&name)),
    ] {
        ics_line(&mut out, &l);
    }
    for r in state.rounds.values() {
        let mut description = String::new();
        for h in &r.history {
            let _ = writeln!(
                description,
                "{}{} (entry {}){}",
                h.state,
                h.at.as_deref().map(|a| format!(" {a}")).unwrap_or_default(),
                h.index,
                h.note
                    .as_deref()
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default()
            );
        }
        let status = if r.state == crate::RoundState::Concluded {
            "CONFIRMED"
        } else if r.state == crate::RoundState::Scheduled {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        };
        for l in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:round-{}@{}", r.id, ics_escape(origin)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", ics_date(&r.starts)),
            format!("DTEND;VALUE=DATE:{}", next_day(&r.ends)),
            format!("SUMMARY:{} ({})", ics_escape(&r.title), r.state),
            format!("LOCATION:{}", ics_escape(&r.place)),
            format!("DESCRIPTION:{}", ics_escape(description.trim_end())),
            format!("STATUS:{status}"),
            "CATEGORIES:ROUND".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            ics_line(&mut out, &l);
        }
    }
    for d in state.deadlines.values() {
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(
            &mut out,
            &format!("UID:deadline-{}@{}", d.id, ics_escape(origin)),
        );
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        if d.due.len() == 10 {
            ics_line(
                &mut out,
                &format!("DTSTART;VALUE=DATE:{}", ics_date(&d.due)),
            );
            ics_line(&mut out, &format!("DTEND;VALUE=DATE:{}", next_day(&d.due)));
        } else {
            ics_line(&mut out, &format!("DTSTART:{}", ics_time(&d.due)));
        }
        ics_line(
            &mut out,
            &format!("SUMMARY:Deadline: {}", ics_escape(&d.title)),
        );
        if let Some(r) = &d.round {
            ics_line(
                &mut out,
                &format!("RELATED-TO:round-{r}@{}", ics_escape(origin)),
            );
        }
        ics_line(&mut out, "CATEGORIES:DEADLINE");
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

/// One dated reminder for [`reminders_icalendar`]: a stable key (the
/// event's UID), what it says, its category and when it is due (Unix).
pub struct Reminder {
    pub key: String,
    pub summary: String,
    pub category: String,
    pub due: i64,
}

/// What waits on one member, as an RFC 5545 calendar for a feed a
/// calendar application subscribes to: one event at each item's due time,
/// with an alarm a day before. The caller says what each item says
/// (`offers::Waiting::describe`: kinds, ids, times — never a draft's or a
/// case's text).
pub fn reminders_icalendar(
    waiting: &[Reminder],
    origin: &str,
    member: &str,
    dtstamp: &str,
) -> String {
    let mut out = String::new();
    let stamp = ics_time(dtstamp);
    for l in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Truce//Truce reminders//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        format!(
            "X-WR-CALNAME:{}",
            ics_escape(&format!("Truce: what waits on {member}"))
        ),
    ] {
        ics_line(&mut out, &l);
    }
    for w in waiting {
        let at = ics_time(&utc_from_unix(w.due.max(0) as u64));
        for l in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}.{member}@{}", ics_escape(&w.key), ics_escape(origin)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{at}"),
            format!("DTEND:{at}"),
            format!("SUMMARY:{}", ics_escape(&w.summary)),
            format!("CATEGORIES:{}", ics_escape(&w.category)),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", ics_escape(&w.summary)),
            "TRIGGER:-PT24H".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            ics_line(&mut out, &l);
        }
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_escaping() {
        let mut out = String::new();
        let long = format!("DESCRIPTION:{}", "ş".repeat(60));
        ics_line(&mut out, &long);
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{long}\r\n"));
        assert_eq!(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(next_day("2025-10-31"), "20251101");
        assert_eq!(next_day("2024-12-31"), "20250101");
        assert_eq!(next_day("2024-02-28"), "20240229");
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` for Unix seconds (proleptic Gregorian, UTC).
pub fn utc_from_unix(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Seconds since the Unix epoch of a `YYYY-MM-DD` (midnight UTC) or
/// `YYYY-MM-DDTHH:MM:SSZ`; `None` if it is neither.
pub fn unix_from_utc(s: &str) -> Option<i64> {
    if !crate::wire::valid_date(s.get(..10)?) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok());
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let secs = match s.len() {
        10 => 0,
        20 if crate::wire::valid_datetime(s) => n(11..13)? * 3600 + n(14..16)? * 60 + n(17..19)?,
        _ => return None,
    };
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400 + secs)
}

#[cfg(test)]
mod time_tests {
    #[test]
    fn utc_to_unix_round_trips() {
        for t in [0u64, 1_761_782_400, 951_782_400, 1_761_825_785] {
            let s = super::utc_from_unix(t);
            assert_eq!(super::unix_from_utc(&s), Some(t as i64), "{s}");
        }
        assert_eq!(super::unix_from_utc("2025-10-30"), Some(1_761_782_400));
        assert_eq!(super::unix_from_utc("2025-02-30"), None);
        assert_eq!(super::unix_from_utc("2025-10-30T25:00:00Z"), None);
    }

    #[test]
    fn unix_to_utc() {
        assert_eq!(super::utc_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::utc_from_unix(1_761_782_400), "2025-10-30T00:00:00Z");
        assert_eq!(super::utc_from_unix(951_782_400), "2000-02-29T00:00:00Z");
    }
}
