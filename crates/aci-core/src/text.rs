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
    /// The first `len` bytes: a whole `str`, copied in by [`Text::inline`].
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
        let mut bytes = [0; INLINE];
        bytes.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Text(Repr::Inline {
            len: s.len() as u8,
            bytes,
        }))
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

/// Text rendered once from a value kept in a public field (a rule parameter's value, an
/// indicator's rule), for explanations. The field may be edited after the rendering, so
/// [`Rendered::get`] checks that the value is still the one rendered and renders again if not:
/// an explanation never shows a stale value.
#[derive(Debug, Clone)]
pub(crate) struct Rendered<T> {
    from: T,
    text: Text,
}

impl<T: PartialEq + Clone> Rendered<T> {
    pub(crate) fn new(from: &T, render: impl FnOnce(&T) -> String) -> Rendered<T> {
        Rendered {
            from: from.clone(),
            text: Text::shared(&render(from)),
        }
    }

    /// The text of `current`: the stored rendering when `current` is still its value.
    pub(crate) fn get(&self, current: &T, render: impl FnOnce(&T) -> String) -> Text {
        if self.from == *current {
            self.text.clone()
        } else {
            Text::from(render(current))
        }
    }
}

/// A rendering is derived from the value next to it: it never makes two values differ.
impl<T> PartialEq for Rendered<T> {
    fn eq(&self, _: &Rendered<T>) -> bool {
        true
    }
}

impl<T> Eq for Rendered<T> {}

/// A decimal printed exactly as its `Display` (without width or precision), by a plain digit
/// loop: an explained year prints dozens of amounts, and `rust_decimal`'s general formatter
/// costs several times more.
#[derive(Clone, Copy)]
pub(crate) struct FastDecimal(pub Decimal);

impl FastDecimal {
    /// The text, written at the end of `buf`: the longest is a sign, 29 digits and a point.
    fn write(self, buf: &mut [u8; 32]) -> &str {
        let d = self.0;
        let mut m = d.mantissa().unsigned_abs();
        let mut i = buf.len();
        // The decimals (zeros once the mantissa is used up), the point, then the units.
        for _ in 0..d.scale() {
            i -= 1;
            buf[i] = last_digit(&mut m);
        }
        if d.scale() > 0 {
            i -= 1;
            buf[i] = b'.';
        }
        loop {
            i -= 1;
            buf[i] = last_digit(&mut m);
            if m == 0 {
                break;
            }
        }
        if d.is_sign_negative() {
            i -= 1;
            buf[i] = b'-';
        }
        // Only ASCII digits, '.' and '-' were written.
        std::str::from_utf8(&buf[i..]).unwrap_or_default()
    }

    /// The text as [`Text`] (inline: a decimal is at most 31 bytes, rarely over 30).
    pub(crate) fn text(self) -> Text {
        Text::shared(self.write(&mut [0; 32]))
    }
}

/// The last digit of `m`, as ASCII, removed from `m`.
fn last_digit(m: &mut u128) -> u8 {
    // Most amounts fit in 64 bits, where a division by 10 is a multiplication.
    match u64::try_from(*m) {
        Ok(n) => {
            *m = u128::from(n / 10);
            b'0' + (n % 10) as u8
        }
        Err(_) => {
            let r = (*m % 10) as u8;
            *m /= 10;
            b'0' + r
        }
    }
}

impl fmt::Display for FastDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.write(&mut [0; 32]))
    }
}

/// A date printed exactly as its `Display` (`YYYY-MM-DD` for years 0 to 9999, the others by
/// jiff), without jiff's general-purpose printer.
#[derive(Clone, Copy)]
pub(crate) struct FastDate(pub Date);

impl FastDate {
    /// `YYYY-MM-DD`, when the year has four digits.
    fn write(self, buf: &mut [u8; 10]) -> Option<&str> {
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
        std::str::from_utf8(buf).ok()
    }

    /// The text as [`Text`] (inline).
    pub(crate) fn text(self) -> Text {
        match self.write(&mut [0; 10]) {
            Some(s) => Text::shared(s),
            None => Text::shared(&self.0.to_string()),
        }
    }
}

impl fmt::Display for FastDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.write(&mut [0; 10]) {
            Some(s) => f.write_str(s),
            None => fmt::Display::fmt(&self.0, f),
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
            assert_eq!(FastDecimal(d).to_string(), d.to_string(), "{d:?}");
            assert_eq!(FastDecimal(d).text(), d.to_string(), "{d:?}");
        }
    }

    #[test]
    fn fast_date_prints_as_display() {
        let mut d = Date::constant(1890, 1, 1);
        while d < Date::constant(2150, 1, 1) {
            assert_eq!(FastDate(d).to_string(), d.to_string());
            assert_eq!(FastDate(d).text(), d.to_string());
            d = d.tomorrow().unwrap();
        }
        for d in [
            Date::MIN,
            Date::MAX,
            Date::constant(0, 1, 1),
            Date::constant(999, 12, 31),
        ] {
            assert_eq!(FastDate(d).to_string(), d.to_string());
        }
    }

    #[test]
    fn a_rendering_is_redone_when_the_value_changed() {
        let r = Rendered::new(&1, |v| format!("v{v}"));
        assert_eq!(r.get(&1, |_| unreachable!()), "v1");
        assert_eq!(r.get(&2, |v| format!("v{v}")), "v2");
    }
}
