//! Golden cases: see tests/golden/*.toml.
