#!/usr/bin/env bash
# Builds target/debian/ropa_<version>_<arch>.deb from the release binaries (`make bundle` builds
# them first): the desktop app, the `ropa` command, a menu entry and the icons. Debian's own
# dpkg-deb does the packing; nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
install -Dm755 target/release/ropa-desktop "$root/usr/bin/ropa-desktop"
install -Dm755 target/release/ropa "$root/usr/bin/ropa"
install -Dm644 packaging/ropa.desktop "$root/usr/share/applications/ropa.desktop"
install -Dm644 icons/32x32.png "$root/usr/share/icons/hicolor/32x32/apps/ropa.png"
install -Dm644 icons/128x128.png "$root/usr/share/icons/hicolor/128x128/apps/ropa.png"
install -Dm644 packaging/copyright "$root/usr/share/doc/ropa/copyright"
size=$(du -sk "$root/usr" | cut -f1)
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: ropa
Version: $version
Architecture: $arch
Maintainer: ropa developers <dev@ropa.invalid>
Installed-Size: $size
Depends: libwebkit2gtk-4.1-0, libgtk-3-0
Section: utils
Priority: optional
Homepage: https://ropa.invalid
Description: GDPR Article 30 records of processing activities
 ropa keeps an organisation's records of processing activities (GDPR
 Article 30) on the DPO's own machine, offline, and hands them out: a PDF
 for the supervisory authority and CSV files; it imports the spreadsheets
 kept until now (UK ICO and CNIL layouts). Desktop app and command line.
CONTROL
mkdir -p target/debian
out="target/debian/ropa_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$out" >/dev/null
echo "$out"
