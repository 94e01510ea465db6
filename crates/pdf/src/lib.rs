//! Compliance reports typeset as PDF with Typst as a library.
//!
//! A [`Typesetter`] holds Typst's standard library and the fonts it is given
//! (the binary's own: Noto Sans for Latin scripts, Scheherazade New for
//! Arabic, Urdu, Pashto and Dari). Its world has no clock, no file system
//! and no network: the only files are the template, the report's print
//! view (`truce_domain::report::print::view`) and its JSON twin, which the
//! PDF carries as an attached file (`report.json`). So the same view and
//! twin give the same bytes, and [`attachment`] reads the twin back out,
//! for `truce verify-report` to check it and typeset it again.
//!
//! The PDF is tagged and checked against PDF/UA-1 by Typst's exporter:
//! a title, the text's language, a header row on every table and a text
//! alternative on every chart. Pure: no I/O here.

use std::collections::HashMap;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// The template every report is typeset with.
const TEMPLATE: &str = include_str!("report.typ");

/// The attached file's name.
pub const ATTACHMENT: &str = "report.json";

/// Why a PDF could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the fonts given hold no font Typst can read")]
    NoFonts,
    #[error("the report could not be typeset: {0}")]
    Typeset(String),
    #[error("the PDF could not be written: {0}")]
    Export(String),
    #[error("the file is not a PDF Truce can read: {0}")]
    NotPdf(String),
    #[error("the PDF carries no attached {ATTACHMENT}")]
    NoAttachment,
    #[error("the PDF carries {0} attached files named {ATTACHMENT}; a report has one")]
    ManyAttachments(usize),
}

/// Typst's library and the fonts, made once and used for every report.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter")
            .field("fonts", &self.fonts.len())
            .finish()
    }
}

impl Typesetter {
    /// A typesetter with `fonts` (TrueType or OpenType files' bytes).
    pub fn new(fonts: &[&'static [u8]]) -> Result<Self, PdfError> {
        let fonts: Vec<Font> = fonts
            .iter()
            .flat_map(|b| Font::iter(Bytes::new(*b)))
            .collect();
        if fonts.is_empty() {
            return Err(PdfError::NoFonts);
        }
        Ok(Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        })
    }

    /// Whether some font draws `c` (white space and controls need none).
    fn draws(&self, c: char) -> bool {
        c.is_whitespace()
            || c.is_control()
            || self
                .fonts
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
    }

    /// `view` with every character no font draws replaced by one that is
    /// drawn: PDF/UA-1 refuses text shown as a missing glyph, and a member's
    /// emoji must not stop everyone's report. (The attached twin keeps the
    /// text as recorded.)
    fn drawable(&self, view: &[u8]) -> Result<Vec<u8>, PdfError> {
        fn walk(t: &Typesetter, v: &mut serde_json::Value, sub: char) {
            match v {
                serde_json::Value::String(s) if s.chars().any(|c| !t.draws(c)) => {
                    *s = s
                        .chars()
                        .map(|c| if t.draws(c) { c } else { sub })
                        .collect();
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(t, x, sub)),
                serde_json::Value::Object(o) => o.values_mut().for_each(|x| walk(t, x, sub)),
                _ => {}
            }
        }
        let mut v: serde_json::Value = serde_json::from_slice(view)
            .map_err(|e| PdfError::Typeset(format!("the print view is not JSON: {e}")))?;
        let sub = ['\u{FFFD}', '?']
            .into_iter()
            .find(|c| self.draws(*c))
            .unwrap_or(' ');
        walk(self, &mut v, sub);
        serde_json::to_vec(&v).map_err(|e| PdfError::Typeset(e.to_string()))
    }

    /// Typeset the report whose print view is `view` (JSON) and whose JSON
    /// twin is `twin`, attached as [`ATTACHMENT`]. The same arguments give
    /// the same bytes. Runs on a thread of its own with a deep stack.
    pub fn render(&self, view: &[u8], twin: &[u8]) -> Result<Vec<u8>, PdfError> {
        on_deep_stack("typeset", || self.typeset(view, twin))
            .unwrap_or_else(|| Err(PdfError::Typeset("the typesetter failed".into())))
    }

    fn typeset(&self, view: &[u8], twin: &[u8]) -> Result<Vec<u8>, PdfError> {
        let view = self.drawable(view)?;
        let world = ReportWorld::new(self, &view, twin);
        let result = typst::compile::<PagedDocument>(&world);
        let doc = result
            .output
            .map_err(|e| PdfError::Typeset(diagnostics(e.as_slice())))?;
        let options = PdfOptions {
            // A stable identifier: the twin's bytes decide the document.
            ident: typst::foundations::Smart::Custom(format!("truce-report:{}", twin.len())),
            creator: typst::foundations::Smart::Custom(Some("Truce".into())),
            timestamp: None,
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| PdfError::Export(e.message().to_string()))?,
            tagged: true,
            ..PdfOptions::default()
        };
        let pdf =
            typst_pdf::pdf(&doc, &options).map_err(|e| PdfError::Export(diagnostics(e.as_slice())));
        // Typst memoises across compilations; a server typesets rarely, so
        // it keeps nothing between reports.
        comemo::evict(0);
        pdf
    }
}

/// The stack of the threads Typst and the PDF reader run on (reserved,
/// touched only as used): both recurse as deep as a document nests, far
/// past a pool thread's 2 MiB.
const DEEP_STACK: usize = 256 << 20;

/// Run `f` on a thread with [`DEEP_STACK`]: `None` if the thread could not
/// start or `f` panicked.
fn on_deep_stack<T: Send>(name: &str, f: impl FnOnce() -> T + Send) -> Option<T> {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name(name.into())
            .stack_size(DEEP_STACK)
            .spawn_scoped(s, f)
            .ok()?
            .join()
            .ok()
    })
}

fn diagnostics(d: &[SourceDiagnostic]) -> String {
    d.iter()
        .map(|d| {
            let mut s = d.message.to_string();
            for h in &d.hints {
                s.push_str(&format!(" (hint: {})", h.v));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn file_id(path: &str) -> FileId {
    FileId::new(RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("a valid virtual path"),
    ))
}

/// The world one report is typeset in: three files and the fonts.
struct ReportWorld<'a> {
    t: &'a Typesetter,
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl<'a> ReportWorld<'a> {
    fn new(t: &'a Typesetter, view: &[u8], twin: &[u8]) -> Self {
        let main = Source::new(file_id("/report.typ"), TEMPLATE.to_owned());
        let files = HashMap::from([
            (file_id("/view.json"), Bytes::new(view.to_vec())),
            (file_id("/report.json"), Bytes::new(twin.to_vec())),
        ]);
        Self { t, main, files }
    }
}

impl World for ReportWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.t.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.t.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.t.fonts.get(index).cloned()
    }

    /// No clock: a report's bytes depend on the log, not on when it is made.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// The largest PDF [`attachment`] reads.
pub const MAX_PDF: usize = 256 << 20;
/// The largest attached twin [`attachment`] inflates.
pub const MAX_TWIN: u64 = 512 << 20;

/// The attached [`ATTACHMENT`] of a PDF: the report's JSON twin. A hostile
/// file is bounded: at most [`MAX_PDF`] bytes are parsed; the attachment
/// must be stored plain or with a single `/FlateDecode` and no parameters
/// (as Truce writes it), inflated here to at most [`MAX_TWIN`] bytes; and
/// the parser runs on a thread of its own with a deep stack, a panic in it
/// being a refusal.
pub fn attachment(pdf: &[u8]) -> Result<Vec<u8>, PdfError> {
    if pdf.len() > MAX_PDF {
        return Err(PdfError::NotPdf(format!(
            "it is {} bytes; a report's PDF is at most {MAX_PDF}",
            pdf.len()
        )));
    }
    on_deep_stack("pdf-read", || find_attachment(pdf.to_vec()))
        .unwrap_or_else(|| Err(PdfError::NotPdf("its structure could not be read".into())))
}

fn find_attachment(pdf: Vec<u8>) -> Result<Vec<u8>, PdfError> {
    use hayro_syntax::object::{Dict, Name, Object, Stream};
    let doc = hayro_syntax::Pdf::new(pdf).map_err(|e| PdfError::NotPdf(format!("{e:?}")))?;
    let mut found = vec![];
    for obj in doc.objects() {
        let Object::Dict(d) = obj else { continue };
        let is_spec = d
            .get::<Name>(b"Type")
            .is_some_and(|n| n.as_ref() == b"Filespec");
        if !is_spec {
            continue;
        }
        let named = ["UF", "F"].iter().any(|k| {
            d.get::<hayro_syntax::object::String>(k.as_bytes())
                .is_some_and(|s| s.as_bytes() == ATTACHMENT.as_bytes())
        });
        if !named {
            continue;
        }
        let Some(ef) = d.get::<Dict>(b"EF") else {
            continue;
        };
        let Some(stream) = ef.get::<Stream>(b"F").or_else(|| ef.get::<Stream>(b"UF")) else {
            continue;
        };
        found.push(inflate(&stream)?);
    }
    match found.len() {
        0 => Err(PdfError::NoAttachment),
        1 => Ok(found.remove(0)),
        n => Err(PdfError::ManyAttachments(n)),
    }
}

/// The bytes of an attached file's stream: plain, or one `/FlateDecode`
/// without parameters, inflated to at most [`MAX_TWIN`] bytes.
fn inflate(stream: &hayro_syntax::object::Stream<'_>) -> Result<Vec<u8>, PdfError> {
    use hayro_syntax::object::{Array, Name};
    use std::io::Read as _;
    let other = || {
        PdfError::NotPdf(format!(
            "the attached {ATTACHMENT} is encoded otherwise than Truce writes it"
        ))
    };
    let dict = stream.dict();
    if dict.contains_key(b"DecodeParms") || dict.contains_key(b"DP") {
        return Err(other());
    }
    let flate = if let Some(n) = dict.get::<Name>(b"Filter") {
        if n.as_ref() != b"FlateDecode" {
            return Err(other());
        }
        true
    } else if let Some(a) = dict.get::<Array>(b"Filter") {
        let names: Vec<Vec<u8>> = a.iter::<Name>().map(|n| n.as_ref().to_vec()).collect();
        match names.as_slice() {
            [] => false,
            [one] if one.as_slice() == b"FlateDecode" => true,
            _ => return Err(other()),
        }
    } else if dict.contains_key(b"Filter") {
        return Err(other());
    } else {
        false
    };
    let raw = stream.raw_data();
    let mut out = Vec::new();
    if flate {
        flate2::read::ZlibDecoder::new(raw.as_ref())
            .take(MAX_TWIN + 1)
            .read_to_end(&mut out)
            .map_err(|e| {
                PdfError::NotPdf(format!("the attached {ATTACHMENT} does not inflate: {e}"))
            })?;
    } else {
        out = raw.into_owned();
    }
    if out.len() as u64 > MAX_TWIN {
        return Err(PdfError::NotPdf(format!(
            "the attached {ATTACHMENT} is larger than {MAX_TWIN} bytes"
        )));
    }
    Ok(out)
}
