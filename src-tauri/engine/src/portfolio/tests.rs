//! A golden portfolio worked out by hand, and the rule every portfolio keeps.

use rust_decimal::Decimal;

use super::*;
use crate::{model::grant::GrantShape, test_plans::base};

fn nok(s: &str) -> Nok {
    s.parse().unwrap()
}

fn named(name: &str, plan: crate::model::plan::Plan) -> NamedPlan {
    NamedPlan {
        name: name.into(),
        plan,
    }
}

/// Each plan: one post at 100 %, 520 000 kr, 12 % holiday pay over 5 weeks, no pension, zone 1
/// (14.1 %), no growth; supervision 12 × 1 300 kr. A year at work costs
/// 520 000 × 47/52 = 470 000 worked, + 56 400 holiday pay = 526 400, + 14.1 % = 74 222,40:
/// 600 622,40 payroll + 15 600 supervision = 616 222,40 kr.
///
/// - «Bydel Nord», 2027–2029, a grant of 300 000 kr in 2027 only: net 316 222,40, then
///   616 222,40 twice.
/// - «Bydel Øst», 2028–2030 (a year later), grants of 300 000 and 200 000 kr: net 316 222,40,
///   416 222,40, 616 222,40.
/// - «Bydel Vest», a negative salary: left out, with its reason.
fn three_plans() -> Vec<NamedPlan> {
    let mut nord = base();
    nord.grants[0].shape = GrantShape::Stepped {
        amounts: vec![nok("300000")],
    };
    let mut ost = base();
    ost.first_year = 2028;
    ost.positions[0].start = crate::model::calendar::YearMonth::new(2028, 1).unwrap();
    ost.grants[0].first_year = 2028;
    let mut vest = base();
    vest.positions[0].annual_salary = nok("-1");
    vec![
        named("Bydel Nord", nord),
        named("Bydel Øst", ost),
        named("Bydel Vest", vest),
    ]
}

#[test]
fn a_golden_portfolio_adds_the_plans_up_in_their_own_years() {
    let p = portfolio(&three_plans(), Locale::Nb).unwrap();
    assert_eq!(
        p.plans.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(),
        ["Bydel Nord", "Bydel Øst"]
    );
    assert_eq!(p.left_out.len(), 1);
    assert_eq!(p.left_out[0].name, "Bydel Vest");
    assert_eq!(p.left_out[0].error.code, "field.negative");
    assert_eq!(
        p.left_out[0].error.field.as_deref(),
        Some("positions[0].annualSalary")
    );
    assert_eq!(
        (p.first_year, p.last_year, p.same_years),
        (2027, 2030, false)
    );

    let row = |y: &PortfolioYear| {
        (
            y.year,
            y.posts,
            y.full_time_equivalents.get(),
            y.total_cost,
            y.grants,
            y.net_cost,
            y.change,
        )
    };
    let q = |s: &str| s.parse::<Decimal>().unwrap();
    assert_eq!(
        p.years.iter().map(row).collect::<Vec<_>>(),
        [
            (
                2027,
                1,
                q("1"),
                nok("616222.40"),
                nok("300000.00"),
                nok("316222.40"),
                None
            ),
            (
                2028,
                2,
                q("2"),
                nok("1232444.80"),
                nok("300000.00"),
                nok("932444.80"),
                Some(nok("616222.40"))
            ),
            (
                2029,
                2,
                q("2"),
                nok("1232444.80"),
                nok("200000.00"),
                nok("1032444.80"),
                Some(nok("100000.00"))
            ),
            (
                2030,
                1,
                q("1"),
                nok("616222.40"),
                nok("0.00"),
                nok("616222.40"),
                Some(nok("-416222.40"))
            ),
        ]
    );
    // Each plan only in its own years.
    assert_eq!(p.years[0].net_cost_by_plan, [Some(nok("316222.40")), None]);
    assert_eq!(p.years[3].net_cost_by_plan, [None, Some(nok("616222.40"))]);
    assert_eq!(
        p.totals,
        PortfolioTotals {
            total_cost: nok("3697334.40"),
            grants: nok("800000.00"),
            net_cost: nok("2897334.40"),
        }
    );
    // Every grant with the years it pays in, the one that ends first first.
    let spans: Vec<_> = p
        .grants
        .iter()
        .map(|g| (g.plan.as_str(), g.first_paid, g.last_paid, g.total))
        .collect();
    assert_eq!(
        spans,
        [
            ("Bydel Nord", Some(2027), Some(2027), nok("300000.00")),
            ("Bydel Øst", Some(2028), Some(2029), nok("500000.00")),
        ]
    );
    assert_eq!(
        p.largest_step,
        Some(PortfolioStep {
            year: 2028,
            increase: nok("616222.40"),
            grants_ended_in: vec!["Bydel Nord".into()],
            plans_started: vec!["Bydel Øst".into()],
        })
    );
    assert_eq!(
        p.notes[0],
        "I 2028 må dere finne 616 222,40 kr mer enn året før: tilskuddene til Bydel Nord \
         slutter, og Bydel Øst begynner."
    );
    assert!(p.notes[1].starts_with("Planene dekker ulike år."));

    let en = portfolio(&three_plans(), Locale::En).unwrap();
    assert_eq!(
        en.notes[0],
        "In 2028 you must find NOK 616,222.40 more than the year before: the grants to Bydel \
         Nord end, and Bydel Øst begins."
    );
}

#[test]
fn no_plans_or_only_bad_ones_make_an_empty_portfolio_that_says_why() {
    let p = portfolio(&three_plans()[2..], Locale::Nb).unwrap();
    assert!(p.plans.is_empty() && p.years.is_empty());
    assert_eq!(p.left_out.len(), 1);
    assert_eq!(p.totals.net_cost, nok("0.00"));
    assert_eq!(p.notes, ["Ingen år koster dere mer enn året før."]);
    let too_many = vec![three_plans().remove(0); MAX_PORTFOLIO_PLANS + 1];
    assert_eq!(
        portfolio(&too_many, Locale::Nb).unwrap_err().code(),
        "field.too_many"
    );
}
