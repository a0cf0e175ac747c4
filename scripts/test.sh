#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests (dev profile), then the read-back tests
# that open the outputs with pyarrow, pandas, polars and DuckDB (installed into a venv).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/solieu-target}"
cargo test --all-targets --quiet
