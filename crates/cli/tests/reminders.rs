//! Reminders through real peers: a real SMTP server (Python's `aiosmtpd`,
//! writing a maildir) started by the test receives the mail the `truce`
//! binary sends when a reply falls due; the member's calendar feed is
//! parsed by an independent iCalendar parser. Nothing leaves 127.0.0.1.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// An `aiosmtpd` server on a free port, delivering into a maildir.
struct Smtp {
    child: Child,
    maildir: PathBuf,
    port: u16,
    _tmp: tempfile::TempDir,
}

impl Smtp {
    fn start() -> Self {
        let ok = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "Python's aiosmtpd must be installed (scripts/test.sh installs it: pip install aiosmtpd)"
        );
        let tmp = tempfile::tempdir().unwrap();
        let maildir = tmp.path().join("mail");
        let port = free_port();
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "aiosmtpd did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Self {
            child,
            maildir,
            port,
            _tmp: tmp,
        }
    }

    /// Every message delivered so far, raw.
    fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(dir) = std::fs::read_dir(self.maildir.join(sub)) else {
                continue;
            };
            for f in dir.flatten() {
                out.push(std::fs::read_to_string(f.path()).unwrap_or_default());
            }
        }
        out
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn put_as(url: &str, key: &Path, path: &str, body: &str) -> (u16, String) {
    send_as(url, key, "PUT", path, body).await
}

/// Undo RFC 5322 line folding and quoted-printable soft breaks.
fn unfold(mail: &str) -> String {
    mail.replace("=E2=80=94", "—")
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("\r\n ", " ")
        .replace("\n ", " ")
}

#[tokio::test]
async fn a_reply_due_is_mailed_once_with_its_deadline_and_is_in_the_members_calendar() {
    let smtp = Smtp::start();
    let demo = Demo::new();
    let relay = format!("127.0.0.1:{}", smtp.port);
    let server = serve(
        &demo.dir,
        &[
            "--smtp",
            &relay,
            "--mail-from",
            "truce@mediation.example",
            "--public-url",
            "https://truce.mediation.example",
            "--remind-every-secs",
            "1",
        ],
    );
    let url = server.url.clone();
    let af = PathBuf::from(demo.key("party-afghanistan"));
    let tr = demo.key("mediator-turkiye");

    // The member sets its own address; bad input is refused and changes nothing.
    let (status, body) = put_as(
        &url,
        &af,
        "/api/v1/reminders",
        r#"{"email":"af-head@delegation.example"}"#,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("af-head@delegation.example"), "{body}");
    for (bad, why) in [
        (r#"{"email":"not an address"}"#, "is not valid"),
        (
            r#"{"email":"a@b.example\r\nBcc: x@y.example"}"#,
            "control character",
        ),
        (r#"{"mail":"x@y.example"}"#, "unknown field"),
        (r#"{"email":"x@[127.0.0.1]"}"#, "not an address"),
        (r#"{"email":"root@localhost"}"#, "single label"),
        (r#"{"email":"délégué@x.example"}"#, "ASCII"),
    ] {
        let (status, body) = put_as(&url, &af, "/api/v1/reminders", bad).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body.contains(why), "{bad}: {body}");
    }
    let long = format!(r#"{{"email":"{}@x.example"}}"#, "a".repeat(2000));
    assert_eq!(put_as(&url, &af, "/api/v1/reminders", &long).await.0, 413);
    let public = http()
        .put(format!("{url}/api/v1/reminders"))
        .body(r#"{"email":"x@y.example"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        public.status().as_u16(),
        401,
        "the public sets nobody's address"
    );
    let settings = read_json(&url, Some(&af), "/api/v1/reminders").await;
    assert_eq!(settings["email"], "af-head@delegation.example");

    // The mediators open a case against af with 48 hours to reply, and ask
    // af for a document whose description is confidential.
    let canary = "CANARY-7f3a-the-post-log-of-the-eighth";
    let open = [
        &[
            "case",
            "open",
            "--url",
            &url,
            "--key",
            &tr,
            "--id",
            "case-mail",
            "--incident",
            "inc-khost-1",
            "--accused",
            "af",
            "--reply-hours",
            "48",
        ][..],
        DEMO_TEAM,
    ]
    .concat();
    act(&open).unwrap();
    act(&[
        "case",
        "request",
        "--url",
        &url,
        "--key",
        &tr,
        "--case",
        "case-mail",
        "--id",
        "req-mail",
        "--from",
        "af",
        "--what",
        canary,
        "--due",
        "2099-01-01T00:00:00Z",
    ])
    .unwrap();
    let acts = read_json(&url, Some(&af), "/api/v1/acts").await;
    let due = acts["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["kind"] == "case.reply" && w["on"]["id"] == "case-mail" && w["title"].is_null())
        .unwrap_or_else(|| panic!("no reply waiting: {acts}"))["due"]
        .as_str()
        .unwrap()
        .to_owned();

    // The reply's reminder arrives at the SMTP server, to af, with its deadline.
    until("the reminder mail", 60, async || {
        smtp.messages()
            .iter()
            .any(|m| unfold(m).contains("Reply in case case-mail"))
    })
    .await;
    let mail: Vec<String> = smtp.messages().iter().map(|m| unfold(m)).collect();
    let ours: Vec<&String> = mail
        .iter()
        .filter(|m| m.contains("Reply in case case-mail"))
        .collect();
    let m = ours[0];
    assert!(m.contains("af-head@delegation.example"), "{m}");
    assert!(m.contains("truce@mediation.example"), "{m}");
    assert!(
        m.contains(&format!("Reply in case case-mail — due {due}")),
        "{m}"
    );
    assert!(m.contains("https://truce.mediation.example/"), "{m}");
    // The request far in the future is not mailed yet (outside the lead
    // time), and no mail carries the request's text.
    assert!(!mail.iter().any(|m| m.contains("2099-01-01")), "{mail:?}");
    assert!(
        !mail.iter().any(|m| m.contains(canary)),
        "a reminder leaked the request's text"
    );
    // Nobody else was mailed: no other member gave an address.
    assert!(
        mail.iter()
            .all(|m| m.contains("af-head@delegation.example")),
        "{mail:?}"
    );
    // Once only, however many rounds pass.
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    let again = smtp
        .messages()
        .iter()
        .filter(|m| unfold(m).contains("Reply in case case-mail"))
        .count();
    assert_eq!(again, 1, "the same reminder was mailed {again} times");

    // The calendar feed: at the secret address, no sign-in; an independent
    // parser reads it; the deadline is there and the request's text is not.
    let feed = settings["feed"].as_str().unwrap();
    let (status, ics) = text(&format!("{url}{feed}")).await;
    assert_eq!(status, 200, "{ics}");
    assert!(!ics.contains(canary), "the feed leaked the request's text");
    let cal: icalendar::Calendar = ics.parse().expect("icalendar parses the feed");
    use icalendar::Component as _;
    let events: Vec<&icalendar::Event> =
        cal.components.iter().filter_map(|c| c.as_event()).collect();
    let reply = events
        .iter()
        .find(|e| e.get_summary() == Some("Reply in case case-mail"))
        .unwrap_or_else(|| panic!("no reply event in {ics}"));
    let start = reply.property_value("DTSTART").unwrap();
    assert_eq!(start, due.replace(['-', ':'], ""), "{ics}");
    assert!(
        events
            .iter()
            .any(|e| e.property_value("DTSTART") == Some("20990101T000000Z")),
        "the evidence request's deadline: {ics}"
    );
    // A wrong token, another member's token and an unknown member get the same 404.
    let bad_token = format!("{}{}", &feed[..feed.len() - 20], "0000000/calendar.ics");
    let (token_part, _) = feed.rsplit_once('/').unwrap();
    let token = token_part.rsplit('/').next().unwrap();
    let pk_with_af_token = format!("/api/v1/reminders/pk-head/{token}/calendar.ics");
    let unknown = format!("/api/v1/reminders/nobody/{token}/calendar.ics");
    let mut answers = Vec::new();
    for path in [bad_token, pk_with_af_token, unknown] {
        let (status, body) = text(&format!("{url}{path}")).await;
        assert_eq!(status, 404, "{path}: {body}");
        answers.push(body);
    }
    assert!(answers.windows(2).all(|w| w[0] == w[1]), "{answers:?}");

    // Stopping: no address, no more mail.
    let (status, body) = put_as(&url, &af, "/api/v1/reminders", r#"{"email":null}"#).await;
    assert_eq!(status, 200, "{body}");
    assert!(read_json(&url, Some(&af), "/api/v1/reminders").await["email"].is_null());
}
