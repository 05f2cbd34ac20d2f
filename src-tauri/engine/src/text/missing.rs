//! What a plan still lacks, in words: the wizard names it at the top of the step that fills it
//! in and, all together, at the top of the summary; the PDF lists it on its first page, which
//! is marked as a draft for as long as anything is missing.

use super::Locale;
use crate::validate::completeness::{Missing, MissingKind};

/// One sentence for what is missing, naming the post (number and title) where it is about one.
pub fn missing_text(locale: Locale, m: &Missing) -> String {
    let n = m.position_number.unwrap_or_default();
    let title = m
        .position_title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    match (locale, m.kind) {
        (Locale::Nb, MissingKind::OrganisationName) => {
            "Navnet på virksomheten eller enheten, som skal stå på ansettelsesplanen.".into()
        }
        (Locale::Nb, MissingKind::NoPositions) => {
            "Minst én stilling. Planen har ingen ennå.".into()
        }
        (Locale::Nb, MissingKind::PensionRateNotConfirmed) => format!(
            "Pensjonssatsen for stilling {n} ({}) er ikke bekreftet med pensjonsleverandøren.",
            title.unwrap_or("uten tittel")
        ),
        (Locale::Nb, MissingKind::FinancingAfterGrants) => {
            "Hvordan stillingene skal betales når tilskuddene tar slutt.".into()
        }
        (Locale::Nb, MissingKind::NoSupervision) => {
            "Veiledning for erfaringskonsulentene. Ingen er planlagt ennå.".into()
        }
        (Locale::En, MissingKind::OrganisationName) => {
            "The name of the organisation or unit, to be printed on the hiring plan.".into()
        }
        (Locale::En, MissingKind::NoPositions) => {
            "At least one post. The plan has none yet.".into()
        }
        (Locale::En, MissingKind::PensionRateNotConfirmed) => format!(
            "The pension rate for post {n} ({}) has not been confirmed with the pension provider.",
            title.unwrap_or("untitled")
        ),
        (Locale::En, MissingKind::FinancingAfterGrants) => {
            "How the posts will be paid for when the grants end.".into()
        }
        (Locale::En, MissingKind::NoSupervision) => {
            "Supervision for the peer support workers. None is planned yet.".into()
        }
    }
}

/// The heading over what is missing.
pub fn missing_heading(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "Dette mangler før planen er komplett",
        Locale::En => "Missing before the plan is complete",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example::example_plan, validate::completeness::missing};

    #[test]
    fn each_missing_part_is_said_in_both_languages_naming_the_post() {
        let mut plan = example_plan(2027, 10);
        plan.positions[1].pension_rate_confirmed = false;
        plan.positions[1].title = "  ".into();
        plan.organisation.name.clear();
        let found = missing(&plan);
        let nb: Vec<String> = found.iter().map(|m| missing_text(Locale::Nb, m)).collect();
        assert_eq!(
            nb,
            [
                "Navnet på virksomheten eller enheten, som skal stå på ansettelsesplanen.",
                "Pensjonssatsen for stilling 2 (uten tittel) er ikke bekreftet med pensjonsleverandøren.",
            ]
        );
        assert_eq!(
            missing_text(Locale::En, &found[1]),
            "The pension rate for post 2 (untitled) has not been confirmed with the pension provider."
        );
    }
}
