#!/usr/bin/env bash
# The whole test suite: every crate's unit, property, known-answer and
# end-to-end tests, against SQLite and a real PostgreSQL.
#
# Needs: the Rust toolchain, Node.js with npm, Python with pip, PostgreSQL on
# 127.0.0.1:5432 (trust auth, database `test`) — started here if it is
# installed but stopped — and the shared test vectors and schemas beside the
# repository (../shared). Installs what is missing: xmllint (Debian's
# libxml2-utils) for the Akoma Ntoso exports, poppler-utils for the PDF
# reports, Python's aiosmtpd for the reminder e-mail, Debian's chromium and the npm
# packages in web/ (playwright-core) for the browser tests, and schemathesis
# (PyPI) for the API fuzzing.
set -euo pipefail
cd "$(dirname "$0")/.."

export TRUCE_SHARED_DIR="${TRUCE_SHARED_DIR:-$(cd .. && pwd)/shared}"
export TRUCE_REQUIRE_VECTORS="${TRUCE_REQUIRE_VECTORS:-1}"
export TRUCE_TEST_POSTGRES_URL="${TRUCE_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
export TRUCE_REQUIRE_POSTGRES="${TRUCE_REQUIRE_POSTGRES:-1}"

if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    echo "PostgreSQL is not answering; starting it"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.5; done
fi

if ! command -v xmllint >/dev/null; then
    echo "installing xmllint (libxml2-utils) for the Akoma Ntoso schema tests"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libxml2-utils >/dev/null
fi

if ! command -v pdftotext >/dev/null || ! command -v pdfdetach >/dev/null; then
    echo "installing poppler-utils (pdfinfo, pdftotext, pdfdetach, pdftoppm) for the PDF report tests"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

export TRUCE_REQUIRE_BROWSER="${TRUCE_REQUIRE_BROWSER:-1}"
export TRUCE_REQUIRE_FUZZ="${TRUCE_REQUIRE_FUZZ:-1}"
if ! command -v chromium >/dev/null; then
    echo "installing chromium for the web UI tests"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d web/node_modules/playwright-core ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "installing the web packages (npm ci in web/)"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
if ! python3 -c "import aiosmtpd" 2>/dev/null; then
    echo "installing aiosmtpd, the SMTP server the reminder test mails to"
    python3 -m pip install --quiet "aiosmtpd==1.4.6"
fi
if ! command -v st >/dev/null; then
    echo "installing schemathesis for the API fuzzing"
    python3 -m pip install --quiet "schemathesis==4.32.5"
    command -v pyenv >/dev/null && pyenv rehash || true
    hash -r
fi
# The console script lands beside the interpreter even where no shim points at it.
ST_BESIDE_PYTHON="$(python3 -c 'import sys, os; print(os.path.join(os.path.dirname(sys.executable), "st"))')"
export SCHEMATHESIS="${SCHEMATHESIS:-$(command -v st || echo "$ST_BESIDE_PYTHON")}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --all-targets --locked "$@" 2>&1 | tee "$log" || status=$?
# One plain total over every test binary, for readers of the last line.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
