#!/usr/bin/env bash
# Workbook benchmark (see docs/benchmarks.md): a workbook of 10,000 activities in the ICO
# template's layout, as LibreOffice saves it, imported by ropa and, side by side in the same run,
# converted to CSV by LibreOffice headless (the detour a DPO takes today); then the 10,000
# activities exported to .xlsx; then the blank official CNIL template read. Prints times, the
# ratio and peak memory. Run it with `make bench-xlsx`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ropa=target/release/ropa
office() { soffice --headless -env:UserInstallation=file://$work/profile "$@"; }

python3 bench/gen-ico.py "$rows" crates/ropa-core/tests/fixtures/ico-controller-template-columns.txt > "$work/register.csv"
# The workbook, as LibreOffice saves the sheet (every column text, as the template keeps it).
columns=$(python3 -c "print('/'.join(f'{i}/2' for i in range(1, 31)))")
office --infilter="CSV:44,34,76,1,$columns,1033,true,false" --convert-to "xlsx:Calc MS Excel 2007 XML" \
  --outdir "$work" "$work/register.csv" >/dev/null 2>&1
size=$(stat -c %s "$work/register.xlsx")
# One conversion first, so that LibreOffice's profile is made before anything is timed.
office --convert-to csv --outdir "$work/warm" "$work/register.xlsx" >/dev/null 2>&1

measure() { # label, command...: prints "seconds peak_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out"; exit 1; }
  cat "$work/time"
}

rounds=${ROUNDS:-5}
office_all=() import_all=() export_all=() ratio_all=() import_kib=0 export_kib=0 office_kib=0
for round in $(seq "$rounds"); do
  rm -rf "$work"/ropa.sqlite* "$work/csv"
  read -r o ok < <(measure office soffice --headless -env:UserInstallation=file://$work/profile \
    --convert-to csv --outdir "$work/csv" "$work/register.xlsx")
  read -r i ik < <(measure import "$ropa" --db "$work/ropa.sqlite" import "$work/register.xlsx" --org "Bench Ltd")
  read -r e ek < <(measure export "$ropa" --db "$work/ropa.sqlite" export xlsx "$work/out.xlsx")
  office_all+=("$o") import_all+=("$i") export_all+=("$e")
  ratio_all+=("$(python3 -c "print(f'{$i / max($o, 0.001):.2f}')")")
  import_kib=$((ik > import_kib ? ik : import_kib)) export_kib=$((ek > export_kib ? ek : export_kib))
  office_kib=$((ok > office_kib ? ok : office_kib))
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
activities=$(sqlite3 "$work/ropa.sqlite" "SELECT count(*) FROM activities")
exported=$(stat -c %s "$work/out.xlsx")

template=../shared/reference/cnil-registre-simplifie.ods
if [ -f "$template" ]; then
  read -r t tk < <(measure template "$ropa" --db "$work/template.sqlite" import "$template" --org "Bench" --dry-run)
  template_line="  ropa reading the blank official CNIL template ($(stat -c %s "$template") bytes, 1,048,576 rows declared): $t s, peak $((tk / 1024)) MiB (target: under 1 s, 100 MB)"
else
  template_line="  the blank official CNIL template: skipped ($template is not here)"
fi

cat <<REPORT
Workbook benchmark: $rows activities in the ICO layout, an .xlsx of $((size / 1000)) kB saved by LibreOffice; $(nproc) cores; $rounds rounds
  LibreOffice headless, .xlsx to CSV: median $(median "${office_all[@]}") s  [${office_all[*]}], peak $((office_kib / 1024)) MiB
  ropa import of the .xlsx ($activities activities, history included): median $(median "${import_all[@]}") s  [${import_all[*]}], peak $((import_kib / 1024)) MiB (target: under 300 MB)
  ratio ropa / LibreOffice, per round: median $(median "${ratio_all[@]}")  [${ratio_all[*]}] (target: at most 0.5)
  ropa export xlsx ($activities activities, $((exported / 1000)) kB): median $(median "${export_all[@]}") s  [${export_all[*]}], peak $((export_kib / 1024)) MiB (target: under 2 s, 300 MB)
$template_line
REPORT
