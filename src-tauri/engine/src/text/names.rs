//! Names the app gives plans it makes for the user, so each is told apart in the plan list and
//! in a comparison: "Bydel Nord – alternativ B".

use super::Locale;
use crate::validate::limits::MAX_NAME_CHARS;

/// The name of a new alternative to the plan named `base`: the base is alternative A, so the
/// first alternative is B, then C, and so on past letters already in use among `taken` (the
/// names of the plans in the store); after Z they are numbered (27, 28, …). A long base name is
/// shortened with an ellipsis so the whole name fits the longest name a plan may have.
pub fn alternative_name(locale: Locale, base: &str, taken: &[String]) -> String {
    let base = base.trim();
    let word = match locale {
        Locale::Nb => "alternativ",
        Locale::En => "alternative",
    };
    let mut n: u32 = 2;
    loop {
        let mark = match char::from_u32(u32::from('A') + n - 1) {
            Some(letter) if n <= 26 => letter.to_string(),
            Some(_) | None => n.to_string(),
        };
        let suffix = format!(" – {word} {mark}");
        let name = format!(
            "{}{suffix}",
            shortened(base, MAX_NAME_CHARS - chars(&suffix))
        );
        if !taken.iter().any(|t| t.trim() == name) {
            return name;
        }
        n += 1;
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// `s` if it has at most `max` characters, else its beginning and "…" in `max` characters.
fn shortened(s: &str, max: usize) -> String {
    if chars(s) <= max {
        return s.to_owned();
    }
    let kept: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_first_alternative_is_b_and_the_next_free_letter_follows() {
        assert_eq!(
            alternative_name(Locale::Nb, "Bydel Nord", &[]),
            "Bydel Nord – alternativ B"
        );
        let taken = names(&["Bydel Nord", "Bydel Nord – alternativ B"]);
        assert_eq!(
            alternative_name(Locale::Nb, "Bydel Nord", &taken),
            "Bydel Nord – alternativ C"
        );
        // A gap left by a deleted alternative is used again.
        let taken = names(&["Bydel Nord – alternativ C"]);
        assert_eq!(
            alternative_name(Locale::Nb, " Bydel Nord ", &taken),
            "Bydel Nord – alternativ B"
        );
        assert_eq!(
            alternative_name(Locale::En, "North district", &[]),
            "North district – alternative B"
        );
    }

    #[test]
    fn after_z_the_alternatives_are_numbered() {
        let taken: Vec<String> = ('B'..='Z').map(|c| format!("P – alternativ {c}")).collect();
        assert_eq!(
            alternative_name(Locale::Nb, "P", &taken),
            "P – alternativ 27"
        );
    }

    #[test]
    fn a_long_name_is_shortened_to_fit() {
        let base = "Å".repeat(200);
        let name = alternative_name(Locale::Nb, &base, &[]);
        assert_eq!(name.chars().count(), MAX_NAME_CHARS);
        assert!(name.ends_with("Å… – alternativ B"), "{name}");
        let fits = "x".repeat(MAX_NAME_CHARS - " – alternativ B".chars().count());
        assert_eq!(
            alternative_name(Locale::Nb, &fits, &[]),
            format!("{fits} – alternativ B")
        );
    }
}
