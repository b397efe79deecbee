//! "Did you mean …?": the known name nearest to a mistyped one, for error messages.
//!
//! ```
//! use aci_core::suggest::nearest;
//! assert_eq!(nearest("prevnetion", ["parcours", "prevention"]), Some("prevention"));
//! assert_eq!(nearest("urgences", ["parcours", "prevention"]), None);
//! ```

/// The candidate closest to `word` by edit distance (optimal string alignment: a swap of two
/// neighbouring letters is one slip, `prevnetion` → `prevention`; ignoring case), when it is close enough to
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
                strsim::osa_distance(&word, &lower)
            };
            (distance <= limit).then_some((distance, c))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// The candidate closest to `word` by the same distance, however far (the first of the
/// closest): for a list a person must pick from anyway, such as a table's columns.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .min_by_key(|c| strsim::osa_distance(&word, &c.to_lowercase()))
}

/// `" (did you mean 'x'?)"` (in the current language) for the nearest candidate, or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, candidates)
        .map(|c| crate::wording::text(crate::wording::id::ERROR_DID_YOU_MEAN, &[("name", &c)]))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
