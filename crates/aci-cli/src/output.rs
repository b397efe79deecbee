//! Output files: their format comes from their extension, none is one of the command's input
//! files, and each is written atomically (a temporary file beside it, then a rename), so a run
//! that fails leaves the old file as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use tempfile::NamedTempFile;

use aci_core::wording::{id, text};

use crate::load::CliError;

/// The formats of `simulate`'s report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The text tables (files: .txt, .md).
    Table,
    /// The result format of `aci schema result` (files: .json).
    Json,
    /// One table, chosen by --table (files: .csv).
    Csv,
    /// A workbook with a sheet per table (files: .xlsx; not to standard output).
    Xlsx,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Which report format each `-o` extension means.
const REPORT_EXTENSIONS: [(&str, Format); 5] = [
    ("json", Format::Json),
    ("csv", Format::Csv),
    ("xlsx", Format::Xlsx),
    ("txt", Format::Table),
    ("md", Format::Table),
];

/// The formats of `--chart`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFormat {
    Svg,
    /// A page around the SVG, with the calendar-year table.
    Html,
    Png,
}

const CHART_EXTENSIONS: [(&str, ChartFormat); 3] = [
    ("svg", ChartFormat::Svg),
    ("html", ChartFormat::Html),
    ("png", ChartFormat::Png),
];

/// `.json, .csv or .xlsx`
fn listed<T>(table: &[(&str, T)]) -> String {
    let names: Vec<String> = table.iter().map(|(e, _)| format!(".{e}")).collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => text(id::CLI_OR, &[("list", &rest.join(", ")), ("last", last)]),
        None => String::new(),
    }
}

/// The format a file's extension (any case) names, or a usage error saying which are allowed.
fn by_extension<T: Copy>(option: &str, path: &Path, table: &[(&str, T)]) -> Result<T, CliError> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    let found = ext
        .as_deref()
        .and_then(|ext| table.iter().find(|(e, _)| *e == ext).map(|(_, f)| *f));
    found.ok_or_else(|| {
        let what = match &ext {
            Some(ext) => text(id::CLI_UNKNOWN_EXTENSION, &[("extension", ext)]),
            None => text(id::CLI_NO_EXTENSION, &[]),
        };
        CliError::usage(text(
            id::CLI_BAD_EXTENSION,
            &[
                ("option", &option),
                ("path", &path.display()),
                ("what", &what),
                ("allowed", &listed(table)),
            ],
        ))
    })
}

/// The report's format: from `-o`'s extension when there is one (`--format`, if given, must
/// agree), else `--format` (default: the text table) to standard output.
pub fn report_format(explicit: Option<Format>, output: Option<&Path>) -> Result<Format, CliError> {
    let Some(path) = output else {
        return match explicit.unwrap_or(Format::Table) {
            Format::Xlsx => Err(CliError::usage(text(id::CLI_XLSX_NEEDS_FILE, &[]))),
            format => Ok(format),
        };
    };
    let from_extension = by_extension("-o", path, &REPORT_EXTENSIONS)?;
    match explicit {
        Some(format) if format != from_extension => Err(CliError::usage(text(
            id::CLI_FORMAT_CONTRADICTS,
            &[
                ("format", &format.name()),
                ("path", &path.display()),
                ("extension_format", &from_extension.name()),
            ],
        ))),
        _ => Ok(from_extension),
    }
}

/// The formats of `aci envelopes --template -o`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Xlsx,
}

const TABLE_EXTENSIONS: [(&str, TableFormat); 2] =
    [("csv", TableFormat::Csv), ("xlsx", TableFormat::Xlsx)];

pub fn table_format(path: &Path) -> Result<TableFormat, CliError> {
    by_extension("-o", path, &TABLE_EXTENSIONS)
}

pub fn chart_format(path: &Path) -> Result<ChartFormat, CliError> {
    by_extension("--chart", path, &CHART_EXTENSIONS)
}

/// The file a path names once `.`, `..` and symbolic links are resolved; a file that does not
/// exist yet is named through its directory. `None` when the directory does not exist either
/// (writing there fails anyway, before anything is replaced).
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Some(p);
    }
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    dir.canonicalize().ok().map(|d| d.join(name))
}

/// Whether two paths name the same file: same resolved path, or (Unix) the same inode, which
/// also catches hard links.
fn same_file(a: &Path, b: &Path) -> bool {
    if resolved(a).is_some_and(|ra| resolved(b).is_some_and(|rb| ra == rb)) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    false
}

/// Refuses (usage error, exit 2) an output that is one of the inputs or another output, so a
/// command never writes over what it reads. Each path comes with the option that named it.
pub fn check_distinct(inputs: &[(&str, &Path)], outputs: &[(&str, &Path)]) -> Result<(), CliError> {
    for (i, (option, path)) in outputs.iter().enumerate() {
        for (input, input_path) in inputs {
            if same_file(path, input_path) {
                return Err(CliError::usage(text(
                    id::CLI_OUTPUT_IS_INPUT,
                    &[
                        ("option", option),
                        ("path", &path.display()),
                        ("input", input),
                        ("input_path", &input_path.display()),
                    ],
                )));
            }
        }
        for (other, other_path) in &outputs[..i] {
            if same_file(path, other_path) {
                return Err(CliError::usage(text(
                    id::CLI_SAME_OUTPUT,
                    &[
                        ("option", option),
                        ("path", &path.display()),
                        ("other", other),
                        ("other_path", &other_path.display()),
                    ],
                )));
            }
        }
    }
    Ok(())
}

/// Output files written beside their targets, then put in place together by [`Staged::commit`]:
/// a failure before the commit (an unwritable directory, a full disk) replaces none of them.
#[derive(Default)]
pub struct Staged {
    files: Vec<(NamedTempFile, PathBuf, PathBuf)>,
}

impl Staged {
    /// Writes `bytes` to a temporary file in the directory of `path` (of the file it links to,
    /// for a symbolic link, so the link stays a link).
    pub fn add(&mut self, path: &Path, bytes: &[u8]) -> Result<(), CliError> {
        let fail = |e: std::io::Error| cannot_write(path, &e);
        let target = if path.is_symlink() {
            path.canonicalize().map_err(fail)?
        } else {
            path.to_path_buf()
        };
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".aci-").suffix(".tmp");
        // A new file gets the usual permissions (0666 less the umask) rather than the
        // temporary file's private 0600; a replaced file keeps its own.
        #[cfg(unix)]
        let permissions = {
            use std::os::unix::fs::PermissionsExt;
            std::fs::Permissions::from_mode(0o666)
        };
        #[cfg(unix)]
        builder.permissions(permissions);
        let mut file = builder.tempfile_in(dir).map_err(fail)?;
        if let Ok(meta) = std::fs::metadata(&target) {
            file.as_file()
                .set_permissions(meta.permissions())
                .map_err(fail)?;
        }
        file.write_all(bytes)
            .and_then(|_| file.as_file().sync_all())
            .map_err(fail)?;
        self.files.push((file, target, path.to_path_buf()));
        Ok(())
    }

    /// Renames every temporary file over its target.
    pub fn commit(self) -> Result<(), CliError> {
        for (file, target, named) in self.files {
            file.persist(&target)
                .map_err(|e| cannot_write(&named, &e.error))?;
        }
        Ok(())
    }
}

/// Exit 3, naming the file the user gave (not the temporary one, which tempfile's messages
/// add as "… at path \"…/.aci-XXXX.tmp\"").
fn cannot_write(path: &Path, e: &std::io::Error) -> CliError {
    let full = e.to_string();
    let reason = full.split(" at path ").next().unwrap_or(&full);
    CliError::io(text(
        id::CLI_CANNOT_WRITE,
        &[("path", &path.display()), ("reason", &reason)],
    ))
}

/// Writes one file atomically.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let mut staged = Staged::default();
    staged.add(path, bytes)?;
    staged.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_gives_the_format_and_any_case_is_accepted() {
        let f = |o: &str| report_format(None, Some(Path::new(o))).map_err(|e| e.message);
        assert_eq!(f("a.json"), Ok(Format::Json));
        assert_eq!(f("a.CSV"), Ok(Format::Csv));
        assert_eq!(f("dir/a.xlsx"), Ok(Format::Xlsx));
        assert_eq!(f("a.txt"), Ok(Format::Table));
        assert_eq!(f("a.md"), Ok(Format::Table));
        let e = f("a.pdf").unwrap_err();
        assert!(
            e.contains("unknown extension .pdf") && e.contains(".json, .csv, .xlsx, .txt or .md"),
            "{e}"
        );
        assert!(f("report").unwrap_err().contains("no extension"));
    }

    #[test]
    fn an_explicit_format_must_agree_with_the_extension() {
        let out = Some(Path::new("out.csv"));
        assert_eq!(report_format(Some(Format::Csv), out).unwrap(), Format::Csv);
        let e = report_format(Some(Format::Xlsx), out).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.message.contains("--format xlsx") && e.message.contains("out.csv"),
            "{}",
            e.message
        );
        assert_eq!(report_format(None, None).unwrap(), Format::Table);
        assert_eq!(report_format(Some(Format::Csv), None).unwrap(), Format::Csv);
        assert_eq!(
            report_format(Some(Format::Xlsx), None)
                .unwrap_err()
                .exit_code(),
            2
        );
    }

    #[test]
    fn chart_formats() {
        assert_eq!(chart_format(Path::new("c.PNG")).unwrap(), ChartFormat::Png);
        assert_eq!(
            chart_format(Path::new("c.html")).unwrap(),
            ChartFormat::Html
        );
        let e = chart_format(Path::new("c.jpg")).unwrap_err();
        assert!(e.message.contains(".svg, .html or .png"), "{}", e.message);
    }
}
