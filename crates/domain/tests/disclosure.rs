//! The disclosure table in `SECURITY.md` is the one in the code, row for row.

#[test]
fn security_md_prints_the_disclosure_table_of_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../SECURITY.md");
    let doc = std::fs::read_to_string(path).expect("SECURITY.md at the repository root");
    let table = truce_domain::disclosure::markdown_table();
    assert!(
        doc.contains(&table),
        "SECURITY.md does not hold the disclosure table of the code; paste this:\n{table}"
    );
}
