#!/usr/bin/env bash
# Runs every test of the project: Rust (unit, integration, property, golden, doc tests), then
# Python. Installs what it needs itself (a local .venv for Python). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: format, lints, tests"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
