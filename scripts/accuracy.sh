#!/usr/bin/env bash
# Scores solieu on the annotated articles in ../shared and fails under the gates kept in
# .ci/accuracy.json (the best scores reached so far, never lowered).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/solieu-target}"
SHARED="${SOLIEU_SHARED:-../shared}"
cargo build --quiet --bin solieu
BIN="$CARGO_TARGET_DIR/debug/solieu"
status=0
for set in seeds real; do
  gate() { python3 -c "import json,sys; print(json.load(open('.ci/accuracy.json'))['$set']['$1'])"; }
  echo "== accuracy on $SHARED/corpus/$set"
  "$BIN" eval --gold "$SHARED/gold/$set.jsonl" --input "$SHARED/corpus/$set" \
    --min-f1 "$(gate f1)" --min-metric "$(gate metric)" \
    --min-metric-measure "$(gate metric_measure)" --min-investor "$(gate investor)" \
    --min-approx "$(gate approx)" --min-period-end "$(gate period_end)" \
    --min-cumulative "$(gate cumulative)" --min-province "$(gate province)" \
    --min-region "$(gate region)" \
    --max-power-of-ten "$(gate max_power_of_ten)" || status=1
done
exit $status
