//! Reading a report's attached twin out of a PDF, as `truce verify-report`
//! does with a file anyone may hand it: hand-made hostile PDFs (filters
//! Truce never writes, a deflate bomb, two attachments, nesting deep enough
//! to exhaust a default stack) are refused by name, never a crash, and a
//! plain or deflated attachment is read back.

use std::io::Write as _;
use truce_pdf::{ATTACHMENT, PdfError, attachment};

/// A minimal PDF: a catalogue naming the attached files, one file
/// specification per `(name, stream dictionary entries, stream bytes)`, and
/// `extra` objects. No cross-reference table: readers rebuild it, as
/// `hayro-syntax` does.
fn pdf(files: &[(&str, &str, Vec<u8>)], extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut names = String::new();
    let mut n = 3;
    let mut objects: Vec<u8> = vec![];
    for (name, dict, bytes) in files {
        names.push_str(&format!("({name}) {n} 0 R "));
        objects.extend(
            format!(
                "{n} 0 obj\n<</Type/Filespec/F({name})/UF({name})/EF<</F {} 0 R>>>>\nendobj\n",
                n + 1
            )
            .bytes(),
        );
        objects.extend(
            format!(
                "{} 0 obj\n<</Type/EmbeddedFile/Length {}{dict}>>\nstream\n",
                n + 1,
                bytes.len()
            )
            .bytes(),
        );
        objects.extend(bytes);
        objects.extend(b"\nendstream\nendobj\n");
        n += 2;
    }
    out.extend(
        format!(
            "1 0 obj\n<</Type/Catalog/Pages 2 0 R/Names<</EmbeddedFiles<</Names[{names}]>>>>>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
        )
        .bytes(),
    );
    out.extend(objects);
    out.extend(extra.bytes());
    out.extend(b"trailer\n<</Root 1 0 R/Size 99>>\n%%EOF\n");
    out
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

fn refused(r: Result<Vec<u8>, PdfError>) -> String {
    match r {
        Ok(b) => panic!("read {} bytes from a hostile file", b.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_plain_or_deflated_twin_is_read_back() {
    let twin = b"{\"schema\": \"truce-report/v1\"}\n".to_vec();
    assert_eq!(
        attachment(&pdf(&[(ATTACHMENT, "", twin.clone())], "")).unwrap(),
        twin
    );
    let packed = pdf(&[(ATTACHMENT, "/Filter/FlateDecode", deflate(&twin))], "");
    assert_eq!(attachment(&packed).unwrap(), twin);
    // Another file's name is not the twin.
    let e = refused(attachment(&pdf(&[("other.json", "", twin.clone())], "")));
    assert!(e.contains("no attached"), "{e}");
    // Two twins: which one would the pages be of?
    let two = pdf(
        &[
            (ATTACHMENT, "", twin.clone()),
            (ATTACHMENT, "", b"{}".to_vec()),
        ],
        "",
    );
    let e = refused(attachment(&two));
    assert!(e.contains("2 attached files"), "{e}");
}

#[test]
fn filters_truce_never_writes_are_refused_before_decoding() {
    let twin = b"{}".to_vec();
    for dict in [
        "/Filter[/FlateDecode/FlateDecode]",
        "/Filter/LZWDecode",
        "/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns 100000000000>>",
        "/Filter 7",
    ] {
        let e = refused(attachment(&pdf(&[(ATTACHMENT, dict, deflate(&twin))], "")));
        assert!(
            e.contains("encoded otherwise than Truce writes it"),
            "{dict}: {e}"
        );
    }
}

#[test]
fn a_deflate_bomb_stops_at_the_limit() {
    // 600 MiB of zeros in well under a megabyte.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..600 {
        z.write_all(&zeros).unwrap();
    }
    let bomb = z.finish().unwrap();
    assert!(bomb.len() < 1 << 20);
    let e = refused(attachment(&pdf(
        &[(ATTACHMENT, "/Filter/FlateDecode", bomb)],
        "",
    )));
    assert!(e.contains("larger than"), "{e}");
}

#[test]
fn deep_nesting_and_garbage_are_refusals_not_crashes() {
    let deep = format!(
        "9 0 obj\n{}1{}\nendobj\n",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let twin = b"{}".to_vec();
    // Read or refused; either way this process is still here.
    let _ = attachment(&pdf(&[(ATTACHMENT, "", twin)], &deep));
    for junk in [
        &b""[..],
        b"%PDF-",
        b"%PDF-1.7\n1 0 obj <</Type/Filespec/EF<</F 2 0 R>>>> endobj",
    ] {
        assert!(attachment(junk).is_err());
    }
}
