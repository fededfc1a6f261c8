#!/usr/bin/env bash
# PDF benchmark (see docs/benchmarks.md): the record of 1,000 activities, side by side in one run
# with LibreOffice printing the same register's CSV to PDF; then 10,000 activities alone.
# Run it with `make bench-pdf`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ropa=target/release/ropa
columns=crates/ropa-core/tests/fixtures/ico-controller-template-columns.txt

measure() { # label, command...: prints "seconds peak_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out"; exit 1; }
  cat "$work/time"
}

store() { # rows: a store with that many activities, and their CSV
  python3 bench/gen-ico.py "$1" "$columns" > "$work/ico-$1.csv"
  "$ropa" --db "$work/store-$1.sqlite" import "$work/ico-$1.csv" --org "Bench Ltd" > /dev/null
  "$ropa" --db "$work/store-$1.sqlite" export csv "$work/register-$1.csv" > /dev/null
}

store 1000
read -r lo_s lo_kib < <(measure lo soffice --headless -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work/lo" "$work/register-1000.csv")
read -r pdf_s pdf_kib < <(measure pdf1k "$ropa" --db "$work/store-1000.sqlite" export pdf "$work/record-1000.pdf" \
  --generated-at 2026-11-23T10:00:00Z)
pages=$(pdfinfo "$work/record-1000.pdf" | awk '/^Pages:/ {print $2}')
lo_pages=$(pdfinfo "$work/lo/register-1000.pdf" | awk '/^Pages:/ {print $2}')
ratio=$(python3 -c "print(f'{$pdf_s / max($lo_s, 0.001):.2f}')")

store 10000
read -r big_s big_kib < <(measure pdf10k "$ropa" --db "$work/store-10000.sqlite" export pdf "$work/record-10000.pdf" \
  --generated-at 2026-11-23T10:00:00Z)
big_pages=$(pdfinfo "$work/record-10000.pdf" | awk '/^Pages:/ {print $2}')

cat <<REPORT
PDF benchmark; $(nproc) cores
  1,000 activities: ropa export pdf ${pdf_s} s, peak $((pdf_kib / 1024)) MiB, $pages pages (target: under 2 s)
  LibreOffice printing the same register's CSV: ${lo_s} s, $lo_pages pages
  ratio ropa / LibreOffice: ${ratio} (target: at most 0.2)
  10,000 activities: ropa export pdf ${big_s} s, peak $((big_kib / 1024)) MiB, $big_pages pages (target: under 15 s, 500 MB)
REPORT
