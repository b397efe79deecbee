//! The report as PDF: the HTML page printed by headless Chromium (Debian package `chromium`,
//! or the program named by `ACI_CHROMIUM`), whose print engine honours the page's print CSS
//! (rows never cut, table headers repeated on each page, A4). The HTML is written to a
//! temporary directory, printed there, and the PDF read back; nothing is left behind.

use std::path::PathBuf;
use std::process::Command;

use aci_core::wording::{id, text};

use crate::load::CliError;

/// The Chromium program: `ACI_CHROMIUM`, else the first of the usual names on the PATH.
fn chromium() -> Result<PathBuf, CliError> {
    if let Some(p) = std::env::var_os("ACI_CHROMIUM") {
        return Ok(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(CliError::io(text(id::REPORT_NO_CHROMIUM, &[])))
}

/// The PDF of an HTML page.
pub fn print(html: &str) -> Result<Vec<u8>, CliError> {
    let program = chromium()?;
    let dir = tempfile::tempdir().map_err(|e| CliError::io(format!("PDF: {e}")))?;
    let page = dir.path().join("report.html");
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&page, html).map_err(|e| CliError::io(format!("PDF: {e}")))?;
    let mut print_to = std::ffi::OsString::from("--print-to-pdf=");
    print_to.push(&pdf);
    let mut profile = std::ffi::OsString::from("--user-data-dir=");
    profile.push(dir.path().join("profile"));
    let output = Command::new(&program)
        .args([
            "--headless",
            // Chromium's sandbox needs user namespaces, absent in containers and CI; the page
            // is ours, with no script but the portfolio's sorting, and no network.
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--no-first-run",
        ])
        .arg(profile)
        .arg(print_to)
        .arg(&page)
        .output()
        .map_err(|e| CliError::io(format!("PDF: {}: {e}", program.display())))?;
    match std::fs::read(&pdf) {
        Ok(bytes) if bytes.starts_with(b"%PDF") => Ok(bytes),
        _ => Err(CliError::io(text(
            id::REPORT_PDF_FAILED,
            &[
                ("program", &program.display()),
                ("error", &String::from_utf8_lossy(&output.stderr).trim()),
            ],
        ))),
    }
}
