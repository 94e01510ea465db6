#!/usr/bin/env bash
# The whole test suite: every crate's unit, property, known-answer and
# end-to-end tests, against SQLite and a real PostgreSQL.
#
# Needs: the Rust toolchain, PostgreSQL on 127.0.0.1:5432 (trust auth, database
# `test`) — started here if it is installed but stopped — and the shared test
# vectors and schemas beside the repository (../shared). Installs xmllint
# (Debian's libxml2-utils), which validates the Akoma Ntoso exports, if missing.
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --all-targets --locked "$@" 2>&1 | tee "$log" || status=$?
# One plain total over every test binary, for readers of the last line.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
