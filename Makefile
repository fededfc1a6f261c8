# ropa: two commands on a fresh Debian 12 machine.
#   make run    install what is missing, build, open the desktop app on the default store
#   make test   install what is missing, then every test and check
# Both are idempotent and quick when everything is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMPS := .make
export CARGO_TERM_COLOR ?= never

# Debian packages: Tauri's WebKitGTK stack and build tools; Xvfb, WebKitWebDriver, poppler and
# qpdf for the end-to-end and PDF tests; PyYAML to check the release workflow; PostgreSQL, which
# the server-store tests start themselves (a cluster in a temporary directory, a loopback port).
DEBIAN_PACKAGES := build-essential pkg-config curl file libssl-dev postgresql libgtk-3-dev \
	libwebkit2gtk-4.1-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev \
	xvfb xauth webkit2gtk-driver poppler-utils qpdf sqlite3 time python3-yaml

UI_SOURCES := $(shell find ui/src crates/ropa-core/locales -type f 2>/dev/null) ui/index.html ui/vite.config.ts ui/svelte.config.js ui/tsconfig.json

.PHONY: help run test app bundle check-workflows deps debian-packages rust-tools node-check tauri-driver cargo-deny supply-chain ui-build check-rust test-rust test-ui test-e2e e2e soak fuzz bench-csv bench-server bench-xlsx bench-pdf bench-desktop bench-hostile clean

help:
	@echo "make run    install what is missing, build and open the desktop app (default store)"
	@echo "make test   install what is missing, then every test: cargo, clippy, fmt, UI checks, e2e"
	@echo "make bundle build the Debian package and the RPM at target/release/bundle/"
	@echo "make app    build the release desktop binary at target/release/ropa-desktop"
	@echo "make e2e    drive the release app through WebDriver under Xvfb (tests/e2e/README.md)"
	@echo "make soak   kill the release ropa at many random moments of its writes (docs/reliability.md)"
	@echo "make fuzz   the CSV reader, the workbook reader and the store opener on many random inputs"
	@echo "make bench-csv   the CSV import and export benchmark (docs/benchmarks.md)"
	@echo "make bench-server  a 10,000-row import and overview, file store and PostgreSQL side by side"
	@echo "make bench-xlsx  the workbook import and export benchmark, against LibreOffice (docs/benchmarks.md)"
	@echo "make bench-pdf   the PDF benchmark, against LibreOffice (docs/benchmarks.md)"
	@echo "make bench-desktop   the desktop app with 10,000 activities (docs/benchmarks.md)"
	@echo "make bench-hostile   input built to make ropa work hard: a quote never closed, a huge word"

## Set-up ------------------------------------------------------------------------------------

deps: debian-packages rust-tools node-check $(STAMPS)/npm

debian-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' || echo "$$p"; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

rust-tools:
	@command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first"; exit 1; }
	@cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
	@cargo clippy --version >/dev/null 2>&1 || rustup component add clippy

node-check:
	@command -v node >/dev/null || { echo "Node.js 20.19 or later is needed (node not found)"; exit 1; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
		|| { echo "Node.js 20.19 or later is needed (found $$(node --version))"; exit 1; }

# Checks where the crates come from, their licences and advisories (deny.toml).
cargo-deny:
	@command -v cargo-deny >/dev/null || cargo install cargo-deny --locked --version 0.20.2

# WebDriver server for Tauri apps; it starts WebKitWebDriver (webkit2gtk-driver) for the e2e tests.
tauri-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version 2.1.0

$(STAMPS)/npm: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	@mkdir -p $(STAMPS) && touch $@

ui/dist/index.html: $(STAMPS)/npm $(UI_SOURCES)
	cd ui && npm run build

ui-build: ui/dist/index.html

## Build and run ----------------------------------------------------------------------------

app: deps ui-build
	cargo build --release -p ropa-desktop

# The Debian package and the RPM of the desktop app and the `ropa` command, made by Tauri's own
# bundler (its CLI from npm): target/release/bundle/{deb,rpm}/. The release workflow makes the
# Windows and macOS packages the same way (.github/workflows/release.yml).
bundle: app
	cargo build --release --locked -p ropa-cli
	ui/node_modules/.bin/tauri build --bundles deb,rpm

run: app
	@[ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] || { echo "No display: run this from a desktop session (or under xvfb-run)"; exit 1; }
	./target/release/ropa-desktop

## Tests ------------------------------------------------------------------------------------

test: deps ui-build test-ui check-rust check-workflows supply-chain test-rust test-e2e
	@echo "make test: all tests and checks passed"

# Licences, bans and sources of the crates (offline); their advisories and the UI's npm audit when
# the advisory databases can be reached, said as skipped when not (docs/security.md).
supply-chain: cargo-deny $(STAMPS)/npm
	@# cargo-deny reads every platform's crates (Windows' and macOS's too): fetched first.
	cargo fetch --locked --quiet
	cargo deny --offline check licenses bans sources
	@status=0; out=$$(cargo deny check advisories 2>&1) || status=$$?; echo "$$out" | tail -3; \
	if [ $$status -ne 0 ] && echo "$$out" | grep -q 'failed to fetch advisory database'; then \
		echo "supply-chain: crate advisories skipped: the RustSec database (github.com) cannot be reached from here"; \
	else exit $$status; fi
	@status=0; out=$$(cd ui && npm audit --omit=dev 2>&1) || status=$$?; echo "$$out" | tail -3; \
	if [ $$status -ne 0 ] && echo "$$out" | grep -qE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|endpoint returned an error'; then \
		echo "supply-chain: npm audit skipped: the npm registry's audit service cannot be reached"; \
	else exit $$status; fi

test-ui:
	cd ui && npm run check && npm test

# The release workflow cannot run here (Windows and macOS): its syntax and shape are checked.
check-workflows:
	python3 scripts/check-workflows.py

check-rust:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

test-rust:
	cargo test --workspace --locked

# The real app, driven through WebDriver on a fresh store under a virtual display
# (tests/e2e/README.md). Within `make test` it drives the debug build, whose dependencies the
# tests have just compiled: one build per test run.
test-e2e: deps ui-build tauri-driver
	cargo build --locked -p ropa-desktop
	xvfb-run -a node tests/e2e/run.mjs target/debug/ropa-desktop

# The same scenario on the release build, saving screenshots of the main screens to
# docs/screenshots (shown in the README).
e2e: app debian-packages tauri-driver
	xvfb-run -a node tests/e2e/run.mjs target/release/ropa-desktop --screenshots docs/screenshots

# The kill tests of `make test` (3 kill points an operation, the test build) at many more points,
# on the release binary; KILL_POINTS and KILL_SEED as in crates/ropa-cli/tests/kill.rs.
KILL_POINTS ?= 100
soak: debian-packages
	cargo build --release --locked -p ropa-cli
	ROPA_BIN=$(CURDIR)/target/release/ropa KILL_POINTS=$(KILL_POINTS) \
		cargo test --locked -p ropa-cli --test kill -- --nocapture --test-threads 1

# The fuzz tests of `make test` (some hundred cases each) with many more random and mutated inputs:
# CSV bytes, workbooks, store files. FUZZ_CASES cases each.
FUZZ_CASES ?= 20000
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --locked -p ropa-core \
		--test csv_import --test workbook_import --test store_open -- \
		arbitrary_bytes_never_panic damaged_workbooks_never_panic mutated_stores_never_panic --nocapture

## Benchmarks (figures in docs/benchmarks.md; never part of make test) -------------------------

bench-csv: debian-packages
	cargo build --release -p ropa-cli
	./bench/csv.sh

bench-server: debian-packages
	cargo build --release -p ropa-cli
	./bench/server.sh

bench-hostile: debian-packages
	cargo build --release -p ropa-cli
	./bench/hostile.sh

bench-xlsx: debian-packages
	@dpkg-query -W -f='$${Status}' libreoffice-calc-nogui 2>/dev/null | grep -q 'install ok installed' \
		|| DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
	cargo build --release -p ropa-cli
	./bench/xlsx.sh

bench-pdf: debian-packages
	@dpkg-query -W -f='$${Status}' libreoffice-calc-nogui 2>/dev/null | grep -q 'install ok installed' \
		|| DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
	cargo build --release -p ropa-cli
	./bench/pdf.sh

bench-desktop: app debian-packages tauri-driver
	cargo build --release -p ropa-cli
	xvfb-run -a node bench/desktop.mjs target/release/ropa-desktop target/release/ropa

clean:
	rm -rf $(STAMPS) ui/dist target
