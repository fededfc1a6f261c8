#!/usr/bin/env bash
# CSV benchmark (see docs/benchmarks.md): imports 100,000 ICO-layout rows with ropa and, side by
# side in the same run, with the sqlite3 shell's `.import --csv` into one flat table; then exports
# the 100,000 activities. Prints times, the ratio and peak memory. Run it with `make bench-csv`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ropa=target/release/ropa
python3 bench/gen-ico.py "$rows" crates/ropa-core/tests/fixtures/ico-controller-template-columns.txt > "$work/ico.csv"
size=$(stat -c %s "$work/ico.csv")

measure() { # label, command...: prints "seconds peak_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out"; exit 1; }
  cat "$work/time"
}

read -r sqlite_s sqlite_kib < <(measure sqlite sqlite3 "$work/flat.sqlite" ".import --csv --skip 8 $work/ico.csv flat")
read -r import_s import_kib < <(measure import "$ropa" --db "$work/ropa.sqlite" import "$work/ico.csv" --org "Bench Ltd")
read -r export_s export_kib < <(measure export "$ropa" --db "$work/ropa.sqlite" export csv "$work/out.csv")
flat_rows=$(sqlite3 "$work/flat.sqlite" "SELECT count(*) FROM flat")
activities=$(sqlite3 "$work/ropa.sqlite" "SELECT count(*) FROM activities")

ratio=$(python3 -c "print(f'{$import_s / max($sqlite_s, 0.001):.2f}')")
cat <<REPORT
CSV benchmark: $rows ICO-layout rows, $((size / 1000000)) MB ($size bytes); $(nproc) cores
  sqlite3 .import --csv (flat table, $flat_rows rows): ${sqlite_s} s, peak $((sqlite_kib / 1024)) MiB
  ropa import (store with history, $activities activities): ${import_s} s, peak $((import_kib / 1024)) MiB
  ratio ropa / sqlite3: ${ratio} (target: at most 4)
  ropa export csv ($activities activities): ${export_s} s, peak $((export_kib / 1024)) MiB (target: under 1 s, 300 MB)
REPORT
