//! Text of explanations and provenance, cheap to cite many times.
//!
//! An explained year cites the same strings in many lines: the year's facts, the options in
//! force, the source titles and URLs of the rule data. [`Text`] is a literal, a short text held
//! inline (up to 30 bytes: dates, amounts, identifiers; no allocation), a shared text
//! (reference-counted: cloning it copies nothing) or a text of its own, so a line cites these
//! strings instead of copying them. It reads, compares, prints and serializes as a plain string.
//!
//! ```
//! use aci_core::text::Text;
//! let title = Text::shared("Accord conventionnel interprofessionnel, avenant 2");
//! let cited = title.clone();            // a reference-count increment, not a copy
//! assert_eq!(cited, "Accord conventionnel interprofessionnel, avenant 2");
//! assert_eq!(serde_json::to_string(&cited).unwrap(), "\"Accord conventionnel interprofessionnel, avenant 2\"");
//! ```

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that is a literal, inline, shared, or owned; see the [module](self) documentation.
#[derive(Clone)]
pub struct Text(Repr);

/// The longest text held inline: `Text` stays the size of a `String` and its tag.
const INLINE: usize = 30;

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    /// The first `len` bytes: a whole `str` (see [`Text::inline`], [`Text::ascii`], [`Writer`]).
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Shared(Arc<str>),
    Owned(String),
}

impl Text {
    /// Text to be cited many times: held inline when short (cloning it is a plain copy),
    /// otherwise copied once into a shared text (cloning it is a reference-count increment).
    pub fn shared(s: &str) -> Text {
        Text::inline(s).unwrap_or_else(|| Text(Repr::Shared(Arc::from(s))))
    }

    /// `s` held inline, if it is short enough.
    fn inline(s: &str) -> Option<Text> {
        (s.len() <= INLINE).then(|| Text::inline_bytes(s.as_bytes()))
    }

    /// Text of ASCII bytes (digits, points, signs), inline when short, without decoding them.
    pub(crate) fn ascii(bytes: &[u8]) -> Text {
        if bytes.len() <= INLINE && bytes.is_ascii() {
            Text::inline_bytes(bytes)
        } else {
            Text::from(String::from_utf8_lossy(bytes).into_owned())
        }
    }

    /// At most [`INLINE`] bytes, held inline; invalid UTF-8 (never given) would read as "".
    fn inline_bytes(s: &[u8]) -> Text {
        let mut bytes = [0; INLINE];
        let len = s.len().min(INLINE);
        bytes[..len].copy_from_slice(&s[..len]);
        Text(Repr::Inline {
            len: len as u8,
            bytes,
        })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            // Always a whole str (see `inline`): the fallback cannot be taken.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Shared(s) => s,
            Repr::Owned(s) => s,
        }
    }
}

impl Default for Text {
    fn default() -> Text {
        Text(Repr::Static(""))
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text(Repr::Static(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Repr::Owned(s))
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Text {
        Text(Repr::Shared(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        match t.0 {
            Repr::Owned(s) => s,
            _ => t.as_str().to_owned(),
        }
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            // Inline texts compare their bytes (no need to read them as str).
            (Repr::Inline { len: a, bytes: x }, Repr::Inline { len: b, bytes: y }) => {
                a == b && x[..usize::from(*a)] == y[..usize::from(*b)]
            }
            _ => {
                // Clones of one shared text are equal without comparing their bytes.
                let (a, b) = (self.as_str(), other.as_str());
                a.len() == b.len() && (a.as_ptr() == b.as_ptr() || a == b)
            }
        }
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    /// Read text is usually cited (provenance), so it is stored shared.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        Ok(Text::shared(&String::deserialize(d)?))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn inline_schema() -> bool {
        <String as schemars::JsonSchema>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <String as schemars::JsonSchema>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <String as schemars::JsonSchema>::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <String as schemars::JsonSchema>::json_schema(g)
    }
}

// ---- writing explanation text --------------------------------------------------------------

/// Explanation text written piece by piece (`&str`, counts, [`FastDecimal`], [`FastDate`]),
/// each piece exactly as its `Display` prints it, like `format!` with every argument in place
/// but without the `fmt` machinery: an explained year writes dozens of amounts, dates and
/// counts, and `format!` with `Decimal`'s and jiff's `Display` costs several times more.
macro_rules! text {
    ($($piece:expr),* $(,)?) => {{
        let mut out = $crate::text::Writer::default();
        $( $crate::text::Piece::push_to($piece, &mut out); )*
        out.finish()
    }};
}
pub(crate) use text;

/// The bytes of a [`text!`]: whole `str`s and ASCII digits, so valid UTF-8 (checked once at the
/// end). Written on the stack; only a long text is then allocated, at its exact length.
pub(crate) struct Writer {
    buf: [u8; 128],
    len: usize,
    /// Everything, once the text outgrew `buf`.
    spill: Vec<u8>,
}

impl Default for Writer {
    fn default() -> Writer {
        Writer {
            buf: [0; 128],
            len: 0,
            spill: Vec::new(),
        }
    }
}

impl Writer {
    fn push(&mut self, bytes: &[u8]) {
        if self.spill.is_empty() {
            if let Some(dst) = self.buf.get_mut(self.len..self.len + bytes.len()) {
                dst.copy_from_slice(bytes);
                self.len += bytes.len();
                return;
            }
            self.spill.extend_from_slice(&self.buf[..self.len]);
        }
        self.spill.extend_from_slice(bytes);
    }

    /// The text: inline when short (most formulas of a full year), otherwise owned.
    pub(crate) fn finish(self) -> Text {
        let bytes = if self.spill.is_empty() {
            &self.buf[..self.len]
        } else {
            &self.spill[..]
        };
        if bytes.len() <= INLINE {
            return Text::inline_bytes(bytes);
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => Text::from(String::from(s)),
            // Always valid (see above): this branch cannot be taken.
            Err(_) => Text::from(String::from_utf8_lossy(bytes).into_owned()),
        }
    }
}

/// A piece of [`text!`].
pub(crate) trait Piece {
    fn push_to(self, out: &mut Writer);
}

impl Piece for &str {
    fn push_to(self, out: &mut Writer) {
        out.push(self.as_bytes());
    }
}

impl Piece for u64 {
    fn push_to(self, out: &mut Writer) {
        let mut buf = [0; 20];
        let start = write_digits(self, 0, &mut buf);
        out.push(&buf[start..]);
    }
}

impl Piece for i64 {
    fn push_to(self, out: &mut Writer) {
        if self < 0 {
            out.push(b"-");
        }
        self.unsigned_abs().push_to(out);
    }
}

impl Piece for u32 {
    fn push_to(self, out: &mut Writer) {
        u64::from(self).push_to(out);
    }
}

impl Piece for u8 {
    fn push_to(self, out: &mut Writer) {
        u64::from(self).push_to(out);
    }
}

/// An unsigned integer that gives its digits from the last.
trait Digits: Copy {
    /// `(self / 10, last digit as ASCII)`.
    fn split(self) -> (Self, u8);
    fn is_zero(self) -> bool;
}

impl Digits for u64 {
    fn split(self) -> (u64, u8) {
        (self / 10, b'0' + (self % 10) as u8)
    }
    fn is_zero(self) -> bool {
        self == 0
    }
}

impl Digits for u128 {
    fn split(self) -> (u128, u8) {
        (self / 10, b'0' + (self % 10) as u8)
    }
    fn is_zero(self) -> bool {
        self == 0
    }
}

/// Writes `n` at the end of `buf` with a point before its last `scale` digits (and zeros up to
/// "0." when it has fewer), as `Decimal` prints a mantissa; returns where the text starts.
fn write_digits<T: Digits>(mut n: T, scale: u32, buf: &mut [u8]) -> usize {
    let mut i = buf.len();
    for _ in 0..scale {
        let (rest, digit) = n.split();
        i -= 1;
        buf[i] = digit;
        n = rest;
    }
    if scale > 0 {
        i -= 1;
        buf[i] = b'.';
    }
    loop {
        let (rest, digit) = n.split();
        i -= 1;
        buf[i] = digit;
        n = rest;
        if n.is_zero() {
            return i;
        }
    }
}

/// A decimal written exactly as its `Display` (without width or precision), by a plain digit
/// loop instead of `rust_decimal`'s general formatter.
#[derive(Clone, Copy)]
pub(crate) struct FastDecimal(pub Decimal);

impl FastDecimal {
    /// The ASCII text, written at the end of `buf`: at most a sign, 29 digits and a point.
    fn digits(self, buf: &mut [u8; 32]) -> &[u8] {
        let d = self.0;
        let m = d.mantissa().unsigned_abs();
        // Most amounts fit in 64 bits, where a division by 10 is a multiplication.
        let mut start = match u64::try_from(m) {
            Ok(n) => write_digits(n, d.scale(), buf),
            Err(_) => write_digits(m, d.scale(), buf),
        };
        if d.is_sign_negative() {
            start -= 1;
            buf[start] = b'-';
        }
        &buf[start..]
    }

    /// The text as [`Text`] (inline unless over 30 bytes).
    pub(crate) fn text(self) -> Text {
        Text::ascii(self.digits(&mut [0; 32]))
    }
}

impl Piece for FastDecimal {
    fn push_to(self, out: &mut Writer) {
        out.push(self.digits(&mut [0; 32]));
    }
}

/// A date written exactly as its `Display`: `YYYY-MM-DD` for years 0 to 9999 without jiff's
/// general-purpose printer, other years by jiff.
#[derive(Clone, Copy)]
pub(crate) struct FastDate(pub Date);

impl FastDate {
    /// `YYYY-MM-DD`, when the year has four digits.
    fn digits(self, buf: &mut [u8; 10]) -> Option<&[u8]> {
        let d = self.0;
        let year = u16::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
        let digit = |n: u16, p: u16| b'0' + (n / p % 10) as u8;
        let (m, day) = (d.month() as u16, d.day() as u16);
        *buf = [
            digit(year, 1000),
            digit(year, 100),
            digit(year, 10),
            digit(year, 1),
            b'-',
            digit(m, 10),
            digit(m, 1),
            b'-',
            digit(day, 10),
            digit(day, 1),
        ];
        Some(buf)
    }

    /// The text as [`Text`] (inline).
    pub(crate) fn text(self) -> Text {
        match self.digits(&mut [0; 10]) {
            Some(digits) => Text::ascii(digits),
            None => Text::shared(&self.0.to_string()),
        }
    }
}

impl Piece for FastDate {
    fn push_to(self, out: &mut Writer) {
        match self.digits(&mut [0; 10]) {
            Some(digits) => out.push(digits),
            None => self.0.to_string().as_str().push_to(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_compares_and_serializes_as_its_string() {
        let long = "a text longer than thirty bytes, so shared";
        let texts = [
            Text::from("a b"),
            Text::shared("a b"),
            Text::from(String::from("a b")),
        ];
        assert!(matches!(texts[1].0, Repr::Inline { .. }));
        assert!(matches!(Text::shared(long).0, Repr::Shared(_)));
        assert_eq!(Text::shared(long), long);
        assert_eq!(Text::shared(&long[..30]), &long[..30]);
        assert!(matches!(Text::shared(&long[..30]).0, Repr::Inline { .. }));
        assert!(matches!(Text::shared(&long[..31]).0, Repr::Shared(_)));
        for t in &texts {
            assert_eq!(t, &texts[0]);
            assert_eq!(*t, "a b");
            assert_eq!(t.to_string(), "a b");
            assert_eq!(format!("{t:?}"), "\"a b\"");
            assert_eq!(serde_json::to_string(t).unwrap(), "\"a b\"");
            assert_eq!(String::from(t.clone()), "a b");
        }
        let accented = Text::shared("Accès aux soins");
        assert!(matches!(accented.0, Repr::Inline { .. }));
        assert_eq!(accented.as_str(), "Accès aux soins");
        let back: Text = serde_json::from_str("\"a b\"").unwrap();
        assert_eq!(back, texts[0]);
    }

    #[test]
    fn fast_decimal_prints_as_display() {
        let mut cases: Vec<Decimal> = [
            "0",
            "-0",
            "0.00",
            "-0.00",
            "1",
            "-1",
            "0.5",
            "0.05",
            "-0.05",
            "10",
            "100.0",
            "90000",
            "45000.00",
            "25205.48",
            "0.000001",
            "123456789.123456789",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "7.9228162514264337593543950335",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        cases.push(Decimal::from_i128_with_scale(-0, 5));
        for scale in 0..=28 {
            for m in [
                0i128,
                1,
                9,
                10,
                99,
                12345,
                -7,
                i64::MAX as i128,
                u64::MAX as i128 + 1,
            ] {
                cases.push(Decimal::from_i128_with_scale(m, scale));
            }
        }
        for d in cases {
            assert_eq!(text!(FastDecimal(d)), d.to_string(), "{d:?}");
            assert_eq!(FastDecimal(d).text(), d.to_string(), "{d:?}");
        }
    }

    #[test]
    fn fast_date_prints_as_display() {
        let mut d = Date::constant(1890, 1, 1);
        while d < Date::constant(2150, 1, 1) {
            assert_eq!(text!(FastDate(d)), d.to_string());
            assert_eq!(FastDate(d).text(), d.to_string());
            d = d.tomorrow().unwrap();
        }
        for d in [
            Date::MIN,
            Date::MAX,
            Date::constant(0, 1, 1),
            Date::constant(999, 12, 31),
        ] {
            assert_eq!(text!(FastDate(d)), d.to_string());
            assert_eq!(FastDate(d).text(), d.to_string());
        }
    }

    #[test]
    fn pieces_write_as_format_does() {
        let (n, neg, year, t): (u64, i64, u32, u8) = (18_446_744_073_709_551_615, -42, 3, 0);
        assert_eq!(
            text!(
                "x ",
                n,
                " ",
                neg,
                " ",
                0i64,
                " ",
                year,
                " ",
                t,
                " ",
                i64::MIN,
                " é"
            ),
            format!("x {n} {neg} 0 {year} {t} {} é", i64::MIN)
        );
        // Longer than the stack buffer, across it and beyond.
        let long = "é".repeat(50);
        let d = Decimal::new(-123_456, 2);
        assert_eq!(
            text!(long.as_str(), FastDecimal(d), long.as_str(), long.as_str()),
            format!("{long}{d}{long}{long}")
        );
        assert_eq!(text!(long.as_str()), long);
    }
}
