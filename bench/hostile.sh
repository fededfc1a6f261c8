#!/usr/bin/env bash
# Hostile-input benchmark (see docs/benchmarks.md, docs/security.md): work that input can make
# ropa do must stay linear and bounded.
#   1. A CSV file of 64 MiB whose second row opens a quote that never closes: ropa must refuse it,
#      naming the row, in under a second. Side by side: Python's csv module reading the same file.
#   2. A PDF record of an activity whose purposes and description are each one word of 100,000
#      characters: laid out (cut where it must be) in under a second. Side by side: LibreOffice
#      converting the same text to PDF.
# Prints times and peak memory. Run it with `make bench-hostile`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ropa=target/release/ropa

measure() { # label, command...: prints "seconds peak_kib status"
  local label=$1; shift
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || status=$?
  echo "$(cat "$work/time" | tail -1) $status"
}

python3 - "$work/quote.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("Name,Purposes\nPayroll,\"")
    f.write("x" * (64 * 1024 * 1024))
PY
read -r qs qk qstatus < <(measure quote "$ropa" --db "$work/q.sqlite" import "$work/quote.csv" --org Bench --dry-run)
read -r ps pk pstatus < <(measure python python3 -c "import csv,sys; csv.field_size_limit(sys.maxsize); print(sum(1 for _ in csv.reader(open(sys.argv[1]))))" "$work/quote.csv")

python3 - "$work/word.csv" "$work/word.txt" <<'PY'
import sys
word = "x" * 100000
with open(sys.argv[1], "w") as f:
    f.write("Name;Purposes;Description\nLong;%s;%s\n" % (word, "y" * 100000))
with open(sys.argv[2], "w") as f:
    f.write(word + "\n" + "y" * 100000 + "\n")
PY
"$ropa" --db "$work/w.sqlite" import "$work/word.csv" --org Bench > /dev/null 2>&1
read -r ws wk wstatus < <(measure pdf "$ropa" --db "$work/w.sqlite" export pdf "$work/word.pdf" --org Bench)
read -r ls lk lstatus < <(measure libreoffice timeout 300 soffice --headless --convert-to pdf --outdir "$work/lo" "$work/word.txt")
chars=$(pdftotext "$work/word.pdf" - | tr -cd 'xy' | wc -c)

cat <<REPORT
Hostile-input benchmark; $(nproc) cores
  64 MiB CSV, a quote never closed on row 2:
    ropa import --dry-run: $qs s, peak $((qk / 1024)) MiB, exit $qstatus: $(grep -o 'row 2:[^;]*' "$work/quote.out" | head -1)
    python3 csv module (reference): $ps s, peak $((pk / 1024)) MiB, exit $pstatus
  A 100,000-character word in an activity's purposes and another in its description:
    ropa export pdf: $ws s, peak $((wk / 1024)) MiB, exit $wstatus; $chars of the 200,000 characters in the PDF's text
    soffice --convert-to pdf of the same text (reference): $ls s, peak $((lk / 1024)) MiB, exit $lstatus
REPORT
