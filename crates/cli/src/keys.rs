//! Key files: generating keys from the operating system's randomness and
//! reading and writing signer key files and the content key (mode 0600,
//! never overwritten).

use anyhow::{Context, Result, bail};
use std::io::Write as _;
use std::path::Path;
use truce_ledger::note::{ALG_COSIGNATURE_V1, ALG_ED25519, SignerKey, VerifierKey};

pub fn generate(name: &str, witness: bool) -> Result<SignerKey> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).context("reading randomness from the operating system")?;
    let alg = if witness {
        ALG_COSIGNATURE_V1
    } else {
        ALG_ED25519
    };
    Ok(SignerKey::from_seed(name, alg, seed)?)
}

pub fn write_new(path: &Path, key: &SignerKey) -> Result<()> {
    write_secret(path, &key.to_secret_string())
}

/// Write a secret to a new file (mode 0600, never overwriting).
pub fn write_secret(path: &Path, text: &str) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).with_context(|| {
        format!(
            "cannot create key file {} (it must not exist yet)",
            path.display()
        )
    })?;
    writeln!(f, "{}", text.trim_end())?;
    f.sync_all()?;
    Ok(())
}

pub fn read(path: &Path) -> Result<SignerKey> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read key file {}", path.display()))?;
    SignerKey::parse(text.trim())
        .with_context(|| format!("key file {} is not a signer key", path.display()))
}

pub fn parse_vkey(s: &str) -> Result<VerifierKey> {
    VerifierKey::parse(s.trim()).with_context(|| format!("invalid verifier key {s:?}"))
}

/// `VKEY@URL` as given to `truce serve --witness`.
pub fn parse_witness_peer(s: &str) -> Result<truce_server::WitnessPeer> {
    let Some((vkey, url)) = s.split_once('@') else {
        bail!("a witness is given as VKEY@URL, got {s:?}");
    };
    let key = parse_vkey(vkey)?;
    if key.alg() != ALG_COSIGNATURE_V1 {
        bail!(
            "witness key {} is not a cosignature/v1 key (type 0x04)",
            key.id()
        );
    }
    Ok(truce_server::WitnessPeer {
        key,
        url: url.to_owned(),
    })
}

/// The key in `path`, or a new one named `name` written there (mode 0600).
pub fn load_or_create(path: &Path, name: &str, witness: bool) -> Result<SignerKey> {
    if path.exists() {
        return read(path);
    }
    let k = generate(name, witness)?;
    write_new(path, &k)?;
    Ok(k)
}
