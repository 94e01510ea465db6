#!/usr/bin/env bash
# The whole test suite: every crate's unit, property, known-answer and
# end-to-end tests, against SQLite and a real PostgreSQL.
#
# Needs: the Rust toolchain, PostgreSQL on 127.0.0.1:5432 (trust auth, database
# `test`) — started here if it is installed but stopped — and the shared test
# vectors beside the repository (../shared/testvectors).
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --all-targets --locked "$@" 2>&1 | tee "$log" || status=$?
# One plain total over every test binary, for readers of the last line.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
