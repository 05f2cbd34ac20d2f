//! The key figures of a plan as the summary screen shows them in cards and the PDF's first page
//! lists them: each with its period or year in the label, so no figure over ten years reads as
//! a yearly one. Worded here once for both.

use serde::Serialize;
use ts_rs::TS;

use super::{kr, words::words, Locale};
use crate::projection::{CarriedFrom, Projection};

/// Which figure a card holds, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum SummaryFigureKey {
    /// The employer's net cost in the plan's first year.
    FirstYearNet,
    /// The employer's net cost in the year it carries the posts on its own (or the last year).
    CarriedNet,
    TotalCost,
    Grants,
    NetCost,
    FundingCliff,
    PaysInFull,
}

/// One key figure, worded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SummaryFigure {
    pub key: SummaryFigureKey,
    /// What it is, with its year or period: «Netto for arbeidsgiver 2027–2036».
    pub label: String,
    pub value: String,
    /// A line under the value, where one helps: what the cliff costs, what the carried year is.
    pub detail: Option<String>,
}

/// The key figures of `p`, in order; none when the plan costs nothing (there is nothing to
/// count yet: the screen and the PDF say so instead).
pub fn summary_figures(locale: Locale, p: &Projection) -> Vec<SummaryFigure> {
    if p.nothing_to_pay() {
        return Vec::new();
    }
    let w = words(locale);
    let nb = locale == Locale::Nb;
    let period = format!("{}–{}", p.first_year, p.last_year);
    let figure = |key, label: String, value: String, detail: Option<String>| SummaryFigure {
        key,
        label,
        value,
        detail,
    };
    let first = p.key_years.first;
    let carried = p.key_years.carried;
    let (carried_label, carried_detail) = match (p.key_years.carried_from, nb) {
        (CarriedFrom::NoGrantLeft, true) => (
            format!(
                "Netto for arbeidsgiver i {}, første år uten tilskudd",
                carried.year
            ),
            "Det dere må finne i budsjettet hvert år fra da, og mer når lønnen øker.",
        ),
        (CarriedFrom::NoGrantLeft, false) => (
            format!(
                "Net cost for the employer in {}, the first year without grants",
                carried.year
            ),
            "What you must find in the budget every year from then on, and more as pay rises.",
        ),
        (CarriedFrom::LastYear, true) => (
            format!(
                "Netto for arbeidsgiver i {}, planens siste år",
                carried.year
            ),
            if p.totals.grants.is_zero() {
                "Planen har ingen tilskudd: arbeidsgiver betaler alt hvert år."
            } else {
                "Tilskuddet varer ut planen. Sjekk hva som skjer året etter."
            },
        ),
        (CarriedFrom::LastYear, false) => (
            format!(
                "Net cost for the employer in {}, the plan's last year",
                carried.year
            ),
            if p.totals.grants.is_zero() {
                "The plan has no grants: the employer pays everything every year."
            } else {
                "The grants last to the end of the plan. Check what happens the year after."
            },
        ),
    };
    let with_period = |word: &str| format!("{word} {period}");
    vec![
        figure(
            SummaryFigureKey::FirstYearNet,
            if nb {
                format!("Netto for arbeidsgiver i {}, første år", first.year)
            } else {
                format!(
                    "Net cost for the employer in {}, the first year",
                    first.year
                )
            },
            kr(locale, first.net_cost.get()),
            None,
        ),
        figure(
            SummaryFigureKey::CarriedNet,
            carried_label,
            kr(locale, carried.net_cost.get()),
            Some(carried_detail.to_owned()),
        ),
        figure(
            SummaryFigureKey::TotalCost,
            with_period(w.total_cost),
            kr(locale, p.totals.total_cost.get()),
            None,
        ),
        figure(
            SummaryFigureKey::Grants,
            with_period(w.grants),
            kr(locale, p.totals.grants.get()),
            None,
        ),
        figure(
            SummaryFigureKey::NetCost,
            with_period(w.net_cost),
            kr(locale, p.totals.net_cost.get()),
            None,
        ),
        figure(
            SummaryFigureKey::FundingCliff,
            w.cliff.to_owned(),
            p.funding_cliff
                .as_ref()
                .map_or_else(|| w.no_cliff.to_owned(), |c| c.year.to_string()),
            p.funding_cliff.as_ref().map(|c| {
                if nb {
                    format!(
                        "Kostnaden for arbeidsgiver øker med {}",
                        kr(locale, c.jump.get())
                    )
                } else {
                    format!("The employer's cost rises by {}", kr(locale, c.jump.get()))
                }
            }),
        ),
        figure(
            SummaryFigureKey::PaysInFull,
            w.pays_in_full.to_owned(),
            p.employer_pays_in_full_from
                .map_or_else(|| w.not_within_plan.to_owned(), |y| y.to_string()),
            None,
        ),
    ]
}

/// What the summary and the PDF say instead of figures when the plan costs nothing.
pub fn nothing_to_pay(locale: Locale, posts: usize) -> &'static str {
    match (locale, posts) {
        (Locale::Nb, 0) => "Planen har ingen stillinger ennå, så det er ingenting å betale og ingenting å regne på. Legg til en stilling under «Rollen».",
        (Locale::Nb, _) => "Ingen av stillingene er i arbeid i årene planen dekker, så det er ingenting å betale. Sjekk oppstart og første budsjettår.",
        (Locale::En, 0) => "The plan has no posts yet, so there is nothing to pay and nothing to work out. Add a post under “Role”.",
        (Locale::En, _) => "None of the posts is at work in the plan's years, so there is nothing to pay. Check the start dates and the first budget year.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example::example_plan, projection::project};

    fn figures(plan: &crate::model::plan::Plan, locale: Locale) -> Vec<(String, String)> {
        let p = project(plan).unwrap_or_else(|e| panic!("{e}"));
        summary_figures(locale, &p)
            .into_iter()
            .map(|f| (f.label, f.value))
            .collect()
    }

    #[test]
    fn every_figure_names_its_year_or_period_and_the_years_a_budget_asks_for_come_first() {
        let plan = example_plan(2027, 10);
        let p = project(&plan).unwrap_or_else(|e| panic!("{e}"));
        let shown = figures(&plan, Locale::Nb);
        let net = |year: i32| {
            p.years
                .iter()
                .find(|y| y.year == year)
                .map(|y| kr(Locale::Nb, y.net_cost.get()))
                .unwrap_or_default()
        };
        // The example's grant pays four years, 2027–2030: the employer pays all from 2031.
        assert_eq!(p.employer_pays_in_full_from, Some(2031));
        assert_eq!(
            shown[0],
            ("Netto for arbeidsgiver i 2027, første år".into(), net(2027))
        );
        assert_eq!(
            shown[1],
            (
                "Netto for arbeidsgiver i 2031, første år uten tilskudd".into(),
                net(2031)
            )
        );
        assert_eq!(shown[2].0, "Total kostnad 2027–2036");
        assert_eq!(shown[3].0, "Tilskudd 2027–2036");
        assert_eq!(shown[4].0, "Netto for arbeidsgiver 2027–2036");
        assert_eq!(shown[4].1, kr(Locale::Nb, p.totals.net_cost.get()));
        let en = figures(&plan, Locale::En);
        assert_eq!(
            en[1].0,
            "Net cost for the employer in 2031, the first year without grants"
        );
        assert_eq!(en[2].0, "Total cost 2027–2036");
    }

    #[test]
    fn without_grants_or_with_grants_to_the_end_the_last_year_is_the_one_carried() {
        let mut plan = example_plan(2027, 3);
        plan.grants.clear();
        plan.financing_after_grants.clear();
        let p = project(&plan).unwrap_or_else(|e| panic!("{e}"));
        let last = p.years.last().map(|y| y.net_cost).unwrap_or_default();
        assert_eq!(p.key_years.carried_from, CarriedFrom::LastYear);
        assert_eq!(p.key_years.carried.year, 2029);
        assert_eq!(p.key_years.carried.net_cost, last);
        assert_eq!(p.key_years.first.year, 2027);
        let shown = summary_figures(Locale::Nb, &p);
        assert_eq!(
            shown[1].label,
            "Netto for arbeidsgiver i 2029, planens siste år"
        );
        assert!(shown[1]
            .detail
            .as_deref()
            .is_some_and(|d| d.contains("ingen tilskudd")));
    }

    #[test]
    fn a_plan_that_costs_nothing_has_no_figures_to_show() {
        let mut plan = example_plan(2027, 10);
        plan.positions.clear();
        plan.grants.clear();
        plan.cost_items.clear();
        let p = project(&plan).unwrap_or_else(|e| panic!("{e}"));
        assert!(p.nothing_to_pay());
        assert!(summary_figures(Locale::Nb, &p).is_empty());
        assert!(nothing_to_pay(Locale::Nb, 0).contains("ingen stillinger"));
    }
}
