#!/usr/bin/env bash
# Benchmarks solieu's full run against a ripgrep scan of the same files.
#
#   scripts/bench.sh            # 5 interleaved runs on the 1x corpus, 2 on the 10x corpus
#   RUNS=9 RUNS10=3 scripts/bench.sh
#   COLD=3 scripts/bench.sh     # also 3 rounds from a cold page cache (root: drops the caches)
#
# Unpacks ../shared/corpus/vinews.tar.zst (35,440 articles) once into a cache directory and
# builds a 10x copy (each article ten times under other ids, as hard links). Then, interleaved
# so that both see the same machine state: `rg -c` with a number-and-unit pattern (the speed of
# scanning the bytes once) and `solieu run` (release build, all tables, Parquet + CSV), and
# the default run (also the workbook and the report). Prints median wall time, MB/s, peak RSS
# and the ratio solieu / ripgrep, then the 10x figures and the incremental re-runs.
set -euo pipefail
# $EPOCHREALTIME writes the locale's decimal point.
export LC_NUMERIC=C
cd "$(dirname "$0")/.."
SHARED="${SOLIEU_SHARED:-../shared}"
CACHE="${SOLIEU_BENCH_CACHE:-$HOME/.cache/solieu-bench}"
RUNS="${RUNS:-5}"
RUNS10="${RUNS10:-2}"
COLD="${COLD:-0}"
THREADS="${THREADS:-$(nproc)}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/solieu-target}"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg || ! need zstd || [ ! -x /usr/bin/time ]; then
  echo "installing ripgrep, zstd and time from Debian's packages" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y ripgrep zstd time >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y ripgrep zstd time >/dev/null; }
fi

corpus="$CACHE/vinews"
if [ ! -d "$corpus" ]; then
  echo "unpacking $SHARED/corpus/vinews.tar.zst into $corpus" >&2
  mkdir -p "$corpus.tmp"
  zstd -dc "$SHARED/corpus/vinews.tar.zst" | tar -x -C "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
corpus10="$CACHE/vinews10"
if [ ! -d "$corpus10" ]; then
  echo "building the 10x corpus in $corpus10" >&2
  mkdir -p "$corpus10.tmp"
  for i in 0 1 2 3 4 5 6 7 8 9; do cp -al "$corpus" "$corpus10.tmp/copy$i"; done
  mv "$corpus10.tmp" "$corpus10"
fi

cargo build --release --quiet --bin solieu
BIN="$CARGO_TARGET_DIR/release/solieu"
OUT="$CACHE/out"
# All tables, Parquet + CSV (the benchmark's job); --config /dev/null is the default run.
CONF="$CACHE/bench.toml"
printf '[output]\nformats = ["parquet", "csv"]\nreport = false\n' > "$CONF"
PATTERN='[0-9][0-9.,]*[[:space:]]*(tỷ|tỉ|triệu|nghìn|ngàn|ha|%|USD|đồng|dự án|KCN|lao động)'
mb=$(du -sbL "$corpus" | cut -f1)

# measure NAME CMD...: start and end (seconds, to the microsecond: GNU time's own wall clock
# has 10 ms steps, 8% of ripgrep's scan) and peak RSS (KB) appended to $CACHE/times.NAME.
# Dirty pages of earlier runs are written out first (not timed), so that no run pays for the
# writeback of another's outputs (the 10x run leaves ~300 MB behind).
measure() {
  local name=$1; shift
  sync
  local t0=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$CACHE/t.$$" "$@" >/dev/null 2>&1
  local t1=$EPOCHREALTIME
  echo "$t0 $t1 $(tail -n 1 "$CACHE/t.$$")" >> "$CACHE/times.$name"
}

rm -f "$CACHE"/times.*
echo "corpus: $(find "$corpus" -type f | wc -l) files, $((mb / 1000000)) MB; threads: $THREADS; runs: $RUNS" >&2
# The incremental re-runs start from the cache of a run over the corpus; the 1% case reads a
# copy in which every 100th article's content changed (a copy, so the shared hard links stay
# intact).
"$BIN" run --quiet --config "$CONF" --threads "$THREADS" --incremental --input "$corpus" --output "$OUT.inc" >/dev/null
changed="$CACHE/vinews-1pct"
rm -rf "$changed"; cp -al "$corpus" "$changed"
find "$changed" -type f | sort | awk 'NR % 100 == 0' | while read -r f; do
  cp --remove-destination "$f" "$f.new" && echo " (cập nhật)" >> "$f.new" && mv "$f.new" "$f"
done
# One warm-up of each, not recorded: the page cache holds the corpus from then on.
rg -c -j "$THREADS" "$PATTERN" "$corpus" >/dev/null || true
"$BIN" run --quiet --config "$CONF" --threads "$THREADS" --input "$corpus" --output "$OUT" >/dev/null
"$BIN" run --quiet --config "$CONF" --threads "$THREADS" --incremental --input "$corpus" --output "$OUT.inc" >/dev/null
# Interleaved, so that every command sees the same machine state (this is a shared VM whose
# speed drifts by 10-20% over minutes): ratios are taken between medians of the same rounds.
for i in $(seq "$RUNS"); do
  measure rg rg -c -j "$THREADS" "$PATTERN" "$corpus"
  measure solieu "$BIN" run --quiet --config "$CONF" --threads "$THREADS" --input "$corpus" --output "$OUT"
  measure default "$BIN" run --quiet --config /dev/null --threads "$THREADS" --input "$corpus" --output "$OUT.default"
  measure inc0 "$BIN" run --quiet --config "$CONF" --threads "$THREADS" --incremental --input "$corpus" --output "$OUT.inc"
  # Each 1% re-run starts from the cache of the unchanged corpus.
  rm -rf "$OUT.inc1"; cp -a "$OUT.inc" "$OUT.inc1"
  measure inc1 "$BIN" run --quiet --config "$CONF" --threads "$THREADS" --incremental --input "$changed" --output "$OUT.inc1"
done
for i in $(seq "$RUNS10"); do
  measure solieu10 "$BIN" run --quiet --config "$CONF" --threads "$THREADS" --input "$corpus10" --output "$OUT.10x"
done
# From a cold page cache, as a first run over an archive on disk is: every cache of the machine
# is dropped before each command (root only; other processes feel it too, hence opt-in).
if [ "$COLD" -gt 0 ]; then
  if [ -w /proc/sys/vm/drop_caches ]; then
    cold() { local name=$1; shift; sync; echo 3 > /proc/sys/vm/drop_caches; measure "$name" "$@"; }
    for i in $(seq "$COLD"); do
      cold rg_cold rg -c -j "$THREADS" "$PATTERN" "$corpus"
      cold solieu_cold "$BIN" run --quiet --config "$CONF" --threads "$THREADS" --input "$corpus" --output "$OUT"
      cold inc0_cold "$BIN" run --quiet --config "$CONF" --threads "$THREADS" --incremental --input "$corpus" --output "$OUT.inc"
    done
  else
    echo "COLD: /proc/sys/vm/drop_caches is not writable (not root); no cold rounds" >&2
  fi
fi

python3 - "$CACHE" "$mb" <<'PY'
import statistics, sys, json
cache, mb = sys.argv[1], int(sys.argv[2])
def load(name):
    rows = [l.split() for l in open(f"{cache}/times.{name}") if l.strip()]
    return [round(float(t1) - float(t0), 3) for t0, t1, _ in rows], [int(m) for _, _, m in rows]
rg_t, rg_m = load("rg")
so_t, so_m = load("solieu")
df_t, df_m = load("default")
s10_t, s10_m = load("solieu10")
i0_t, _ = load("inc0")
i1_t, _ = load("inc1")
med = statistics.median
manifest = json.load(open(f"{cache}/out/run.json"))
print(f"corpus                 {manifest['inputs']} inputs, {mb/1e6:.1f} MB, {manifest['mentions']} mentions")
print(f"ripgrep  rg -c         median {med(rg_t):.3f} s   {mb/1e6/med(rg_t):7.1f} MB/s   peak RSS {max(rg_m)/1024:.0f} MB   runs {rg_t}")
print(f"solieu   run (1x)      median {med(so_t):.3f} s   {mb/1e6/med(so_t):7.1f} MB/s   peak RSS {max(so_m)/1024:.0f} MB   runs {so_t}")
print(f"ratio solieu / ripgrep {med(so_t)/med(rg_t):.2f}x")
print(f"solieu   run, default  median {med(df_t):.3f} s   {mb/1e6/med(df_t):7.1f} MB/s   peak RSS {max(df_m)/1024:.0f} MB   runs {df_t}  (+ workbook and report)")
print(f"solieu   run (10x)     median {med(s10_t):.3f} s   {10*mb/1e6/med(s10_t):7.1f} MB/s   peak RSS {max(s10_m)/1024:.0f} MB   time 10x/1x {med(s10_t)/med(so_t):.2f}")
# Also the median of each round's own ratio, which a drift in machine speed between rounds
# does not move.
r0 = med([a / b for a, b in zip(i0_t, so_t)])
r1 = med([a / b for a, b in zip(i1_t, so_t)])
print(f"incremental, unchanged median {med(i0_t):.3f} s   {100*med(i0_t)/med(so_t):.1f}% of a full run   (median of per-round ratios {100*r0:.1f}%)   runs {i0_t}")
print(f"incremental, 1% change median {med(i1_t):.3f} s   {100*med(i1_t)/med(so_t):.1f}% of a full run   (median of per-round ratios {100*r1:.1f}%)   runs {i1_t}")
import os
if os.path.exists(f"{cache}/times.rg_cold"):
    rc, _ = load("rg_cold")
    sc, sc_m = load("solieu_cold")
    ic, _ = load("inc0_cold")
    print(f"cold page cache: ripgrep median {med(rc):.3f} s, solieu run {med(sc):.3f} s ({med(sc)/med(rc):.2f}x ripgrep, peak RSS {max(sc_m)/1024:.0f} MB), unchanged re-run {med(ic):.3f} s   runs {rc} {sc} {ic}")
PY
