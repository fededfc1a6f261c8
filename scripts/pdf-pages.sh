#!/usr/bin/env bash
# Renders the pages of a PDF to PNG images, to look at what a change did to the record:
#   scripts/pdf-pages.sh record.pdf [out-folder] [resolution]
# (poppler's pdftoppm; `make test` installs poppler-utils.)
set -euo pipefail
pdf=${1:?usage: scripts/pdf-pages.sh FILE.pdf [OUT] [DPI]}
out=${2:-${pdf%.pdf}-pages}
dpi=${3:-80}
mkdir -p "$out"
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
ls "$out"
