#!/usr/bin/env bash
# Runs every test of the project: Rust (unit, integration, property, golden, doc tests), then
# Python. Installs what it needs itself (a local .venv for Python). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Python environment first (quietly): the Rust build of the py crate (clippy, cargo test) and
# maturin must see the same interpreter, or pyo3 rebuilds each time (see the stack notes).
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
PY_DEPS=("maturin>=1.9.4,<2" "pytest>=8" "hypothesis>=6" "pyarrow>=14" "pandas>=2.2" "polars>=1.0" "mypy>=1.10" "schemathesis>=4,<5")
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
# shellcheck disable=SC1091
. "$VENV/bin/activate"
stamp="$VENV/.aci-test-deps"
if [ "$(cat "$stamp" 2>/dev/null)" != "${PY_DEPS[*]}" ]; then
    echo "== Python: installing ${PY_DEPS[*]} into $VENV"
    python -m pip install --quiet --disable-pip-version-check "${PY_DEPS[@]}"
    echo "${PY_DEPS[*]}" > "$stamp"
fi
export PYO3_PYTHON="$PWD/$VENV/bin/python"          # absolute: build scripts run elsewhere
LD_LIBRARY_PATH="$(python -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH                               # the py crate's Rust test binary links libpython

# The PNG chart is drawn with the system's fonts (crates/aci-cli/src/chart.rs); the Rust machine
# image ships DejaVu, but a bare Debian may not.
if ! ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing fonts-dejavu-core (PNG charts)"
    (apt-get update -qq && apt-get install -y -qq fonts-dejavu-core) >/dev/null
fi

# `aci report -o report.pdf` prints its HTML with headless Chromium; its test reads the PDF back
# with pdftotext (poppler-utils). Installed when absent (as root); the test is then required.
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${ACI_CHROMIUM:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ] && [ "$(id -u)" = 0 ]; then
    echo "== installing ${missing[*]} (PDF reports)"
    (apt-get update -qq && apt-get install -y -qq "${missing[@]}") >/dev/null
fi
if { command -v chromium >/dev/null 2>&1 || [ -n "${ACI_CHROMIUM:-}" ]; } && command -v pdftotext >/dev/null 2>&1; then
    export ACI_REQUIRE_PDF=1
fi

echo "== Rust: format, lints, tests"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
# The fuzz targets live outside the workspace (cargo-fuzz needs nightly to run them); checking
# that they still compile keeps them from drifting from the core's types.
cargo check --manifest-path fuzz/Cargo.toml --bins --locked --quiet

# `aci serve` (#16): the page in headless Chromium, schemathesis against the API.
./scripts/serve-checks.sh

echo "== Python: build the extension (release) into $VENV, then pytest"
rm -f python/aci/*.so                                # no stale extension (stack notes P9)
if ! log="$(maturin develop --release 2>&1)"; then echo "$log"; exit 1; fi
python -m pytest "$@"
