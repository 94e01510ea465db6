//! A member's HTTP client: signs every read with the member's key (the
//! headers `truce_server::auth` checks), stores blobs, and appends acts as
//! signed envelopes with the key's next sequence number.

use anyhow::{Context, Result, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::time::{SystemTime, UNIX_EPOCH};
use truce_ledger::note::SignerKey;
use truce_server::auth::{CREATED_HEADER, KEY_HEADER, SIGNATURE_HEADER, read_message};
use truce_server::http::pace::send_paced;

pub struct Client {
    base: String,
    http: reqwest::Client,
    pub origin: String,
    key: Option<SignerKey>,
}

async fn answer(resp: reqwest::Response, what: &str) -> Result<reqwest::Response> {
    let status = resp.status();
    if status.is_success() {
        return Ok(resp);
    }
    let text = resp.text().await.unwrap_or_default();
    let reason = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["error"].as_str().map(str::to_owned))
        .unwrap_or(text);
    bail!("{what} refused ({status}): {reason}")
}

impl Client {
    pub async fn connect(url: &str, key: Option<SignerKey>) -> Result<Self> {
        let base = url.trim_end_matches('/').to_owned();
        let http = reqwest::Client::new();
        // Unsigned (the origin a signature names is not known yet), so it
        // comes back if the public's pace asks it to.
        let info: serde_json::Value = answer(
            send_paced(|| http.get(format!("{base}/api/v1/log")))
                .await
                .with_context(|| format!("connecting to {base}"))?,
            "reading the log",
        )
        .await?
        .json()
        .await?;
        let origin = info["origin"]
            .as_str()
            .context("the server did not name its origin")?
            .to_owned();
        Ok(Self {
            base,
            http,
            origin,
            key,
        })
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.base));
        if let Some(k) = &self.key {
            let created = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            let msg = read_message(&self.origin, method.as_str(), path, created);
            req = req
                .header(KEY_HEADER, k.id())
                .header(CREATED_HEADER, created.to_string())
                .header(SIGNATURE_HEADER, B64.encode(k.sign_raw(msg.as_bytes())));
        }
        req
    }

    pub async fn get_text(&self, path: &str) -> Result<String> {
        let resp = send_paced(|| self.request(reqwest::Method::GET, path)).await?;
        Ok(answer(resp, &format!("GET {path}")).await?.text().await?)
    }

    pub async fn get_bytes(&self, path: &str) -> Result<Vec<u8>> {
        let resp = send_paced(|| self.request(reqwest::Method::GET, path)).await?;
        Ok(answer(resp, path).await?.bytes().await?.to_vec())
    }

    pub async fn get_json(&self, path: &str) -> Result<serde_json::Value> {
        Ok(serde_json::from_str(&self.get_text(path).await?)?)
    }

    /// Store a blob; returns its SHA-256 (hex).
    pub async fn put_blob(&self, bytes: Vec<u8>) -> Result<String> {
        let resp = self
            .request(reqwest::Method::POST, "/api/v1/blobs")
            .body(bytes)
            .send()
            .await?;
        let v: serde_json::Value = answer(resp, "storing the blob").await?.json().await?;
        Ok(v["sha256"]
            .as_str()
            .context("no sha256 answered")?
            .to_owned())
    }

    fn key(&self) -> Result<&SignerKey> {
        self.key.as_ref().context("this act needs --key")
    }

    /// The key's last sequence number, or `None` if it is not registered.
    pub async fn last_seq(&self, id: &str) -> Result<Option<u64>> {
        let mut u = reqwest::Url::parse(&format!("{}/api/v1/keys/", self.base))?;
        u.path_segments_mut()
            .map_err(|_| anyhow::anyhow!("{} cannot be a base URL", self.base))?
            .pop_if_empty()
            .push(id);
        // Signed when there is a key (a member is not held by the public's
        // pace), over the path as sent, its key id percent-encoded.
        let path = format!(
            "/api/v1/keys/{}",
            u.path_segments()
                .and_then(|mut s| s.next_back())
                .unwrap_or_default()
        );
        let resp = send_paced(|| self.request(reqwest::Method::GET, &path)).await?;
        if resp.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let v: serde_json::Value = answer(resp, "reading the key").await?.json().await?;
        Ok(v["last_seq"].as_u64())
    }

    /// Sign `body` as an entry of `kind` with the next sequence number and
    /// append it; returns its index.
    pub async fn act(&self, kind: &str, body: &serde_json::Value) -> Result<u64> {
        self.act_raw(kind, None, &body.to_string()).await
    }

    /// Sign a raw JSON body as an entry with sequence number `seq` (default:
    /// the key's next) and append it; returns its index.
    pub async fn act_raw(&self, kind: &str, seq: Option<u64>, body: &str) -> Result<u64> {
        let key = self.key()?;
        let seq = match seq {
            Some(s) => s,
            None => {
                self.last_seq(&key.id())
                    .await?
                    .with_context(|| format!("key {} is not registered in this log", key.id()))?
                    + 1
            }
        };
        let resp = self
            .http
            .post(format!("{}/api/v1/entries", self.base))
            .body(sealed_submission(key, &self.origin, kind, seq, body)?)
            .send()
            .await?;
        let v: serde_json::Value = answer(resp, kind).await?.json().await?;
        v["index"].as_u64().context("the server answered no index")
    }
}

/// Sign an act: seal its confidential fields as the disclosure table says
/// (a fresh random salt each time), sign the public body, and return the
/// envelope and the opening (`None` for a public kind).
pub fn seal_and_sign(
    key: &SignerKey,
    origin: &str,
    kind: &str,
    seq: u64,
    body: &str,
) -> Result<(Vec<u8>, Option<String>)> {
    let mut salt = [0u8; truce_domain::disclosure::SALT_BYTES];
    getrandom::getrandom(&mut salt).context("reading randomness for a salt")?;
    let (public, opening) = truce_domain::disclosure::seal(kind, body, salt)?;
    let envelope = truce_ledger::entry::sign_entry(key, origin, kind, seq, &public)?;
    Ok((envelope, opening))
}

/// The body `POST /api/v1/entries` takes for an act: the bare envelope for a
/// public kind, `{"envelope", "opening"}` for a sealed one.
pub fn sealed_submission(
    key: &SignerKey,
    origin: &str,
    kind: &str,
    seq: u64,
    body: &str,
) -> Result<Vec<u8>> {
    let (envelope, opening) = seal_and_sign(key, origin, kind, seq, body)?;
    Ok(match opening {
        None => envelope,
        Some(o) => serde_json::json!({
            "envelope": String::from_utf8(envelope).context("an envelope is JSON text")?,
            "opening": o,
        })
        .to_string()
        .into_bytes(),
    })
}

/// Now as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    truce_domain::export::utc_from_unix(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    )
}
