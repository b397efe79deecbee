//! "Did you mean …?": the known name nearest to a mistyped one, for error messages.
//!
//! ```
//! use aci_core::suggest::nearest;
//! assert_eq!(nearest("prevnetion", ["parcours", "prevention"]), Some("prevention"));
//! assert_eq!(nearest("urgences", ["parcours", "prevention"]), None);
//! ```

/// The candidate closest to `word` by edit distance (ignoring case), when it is close enough to
/// be a typing slip (at most a third of the word's letters differ, at least one may) or the
/// word is the start of it (`crisis` for `crisis_recognised`). Ties go to the first candidate.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let length = word.chars().count();
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|c| {
            let lower = c.to_lowercase();
            let distance = if length >= 4 && lower.starts_with(&word) {
                // A shortened name: as near as a slip of one letter.
                1
            } else {
                edit_distance(&word, &lower)
            };
            (distance <= limit).then_some((distance, c))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// `" (did you mean 'x'?)"` for the nearest candidate, or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, candidates)
        .map(|c| format!(" (did you mean '{c}'?)"))
        .unwrap_or_default()
}

/// Levenshtein distance, with a swap of two neighbouring letters counted as one edit
/// (optimal string alignment): `prevnetion` is one slip from `prevention`.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // rows[k][j]: distance between the first i - 2 + k letters of `a` and the first j of `b`.
    let mut rows = [
        vec![0; b.len() + 1],
        vec![0; b.len() + 1],
        (0..=b.len()).collect(),
    ];
    for i in 1..=a.len() {
        rows.rotate_left(1);
        rows[2][0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[1][j] + 1)
                .min(rows[2][j - 1] + 1)
                .min(rows[1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[0][j - 2] + 1);
            }
            rows[2][j] = d;
        }
    }
    rows[2][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("sigend", "signed"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions() {
        let fields = ["name", "signed", "years", "population", "missions"];
        assert_eq!(nearest("sigend", fields), Some("signed"));
        assert_eq!(nearest("Population", fields), Some("population"));
        assert_eq!(nearest("mission", fields), Some("missions"));
        assert_eq!(nearest("budget", fields), None);
        assert_eq!(did_you_mean("yeras", fields), " (did you mean 'years'?)");
        assert_eq!(
            nearest("crisis", ["year", "crisis_recognised"]),
            Some("crisis_recognised")
        );
        assert_eq!(nearest("nam", fields), Some("name"));
        assert_eq!(did_you_mean("zzz", fields), "");
    }
}
