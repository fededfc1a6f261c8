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

# The machine may be shared and noisy: each step runs ROUNDS times (5 by default), import and
# sqlite3 side by side in each round, and the medians are reported with every round's figures.
rounds=${ROUNDS:-5}
sqlite_all=() import_all=() export_all=() ratio_all=() import_kib=0 export_kib=0
for round in $(seq "$rounds"); do
  rm -f "$work"/flat.sqlite* "$work"/ropa.sqlite*
  read -r s _ < <(measure sqlite sqlite3 "$work/flat.sqlite" ".import --csv --skip 8 $work/ico.csv flat")
  read -r i ik < <(measure import "$ropa" --db "$work/ropa.sqlite" import "$work/ico.csv" --org "Bench Ltd")
  read -r e ek < <(measure export "$ropa" --db "$work/ropa.sqlite" export csv "$work/out.csv")
  sqlite_all+=("$s") import_all+=("$i") export_all+=("$e")
  ratio_all+=("$(python3 -c "print(f'{$i / max($s, 0.001):.2f}')")")
  import_kib=$((ik > import_kib ? ik : import_kib)) export_kib=$((ek > export_kib ? ek : export_kib))
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
flat_rows=$(sqlite3 "$work/flat.sqlite" "SELECT count(*) FROM flat")
activities=$(sqlite3 "$work/ropa.sqlite" "SELECT count(*) FROM activities")
exported=$(($(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8-sig'))))" "$work/out.csv") - 1))

cat <<REPORT
CSV benchmark: $rows ICO-layout rows, $((size / 1000000)) MB ($size bytes); $(nproc) cores; $rounds rounds
  sqlite3 .import --csv (flat table, $flat_rows rows): median $(median "${sqlite_all[@]}") s  [${sqlite_all[*]}]
  ropa import (store with history, $activities activities): median $(median "${import_all[@]}") s  [${import_all[*]}], peak $((import_kib / 1024)) MiB
  ratio ropa / sqlite3, per round: median $(median "${ratio_all[@]}")  [${ratio_all[*]}] (target: at most 4)
  ropa export csv ($exported activities): median $(median "${export_all[@]}") s  [${export_all[*]}], peak $((export_kib / 1024)) MiB (target: under 1 s, 300 MB)
REPORT
