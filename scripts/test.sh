#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests (dev profile), then the read-back test
# (tests/readback.py): a run over ../shared/corpus/seeds, its Parquet and CSV read with
# pyarrow, pandas, polars and DuckDB, its workbook with openpyxl, and its report opened in
# headless Chromium. The Python readers go into a venv, Chromium comes from Debian's packages;
# both are installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/solieu-target}"
SHARED="${SOLIEU_SHARED:-../shared}"
VENV="${SOLIEU_PY_VENV:-$HOME/.cache/solieu-py}"

echo "== cargo test"
cargo test --all-targets --quiet

echo "== read-back test"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r scripts/readback-requirements.txt
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium for the report test" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y chromium >/dev/null 2>&1 \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y chromium >/dev/null; }
fi
cargo build --quiet --bin solieu
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$CARGO_TARGET_DIR/debug/solieu" run --quiet --config /dev/null \
  --input "$SHARED/corpus/seeds" --output "$out"
"$VENV/bin/python" tests/readback.py "$out" "$SHARED/gold/seeds.jsonl"
