//! A complete, realistic example plan: a city district hiring two consultants (one full time,
//! one half time) with a stepped four-year grant, monthly external supervision, a peer network and
//! a yearly conference. The CLI prints it; tests and benchmarks use it.

use rust_decimal::Decimal;

use crate::units::{Nok, Percent};
use crate::{
    model::calendar::YearMonth,
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::{Grant, GrantShape},
    model::organisation::{Organisation, OrganisationKind},
    model::plan::{default_price_growth, default_wage_growth, Plan},
    model::position::{PensionScheme, Position, RoleTask},
    rules::aga::AgaZone,
};

fn nok(kroner: i64) -> Decimal {
    Decimal::from(kroner)
}

fn month(year: i32, month: u8) -> Option<YearMonth> {
    YearMonth::new(year, month)
}

/// The example plan a new user can try in the app: starting the year after `today`
/// (YYYY-MM-DD), over ten years, made today.
///
/// # Errors
/// `today` is not a date.
pub fn example_from(today: &str) -> crate::error::Result<Plan> {
    let day = crate::model::calendar::parse_date("today", today)?;
    Ok(Plan {
        created_on: day.to_string(),
        ..example_plan(day.year() + 1, 10)
    })
}

/// The example plan, starting in `first_year` and covering `horizon_years`.
pub fn example_plan(first_year: i32, horizon_years: u32) -> Plan {
    let start = month(first_year, 1).unwrap_or(FALLBACK);
    let august = month(first_year, 8).unwrap_or(start);
    let position = |id: &str, title: &str, fte: i64, salary: i64, start: YearMonth| Position {
        id: id.into(),
        title: title.into(),
        fte_percent: Percent::from(Decimal::from(fte)),
        annual_salary: Nok::from(nok(salary)),
        start,
        end: None,
        holiday_pay_percent: Percent::from(Decimal::new(12, 0)),
        holiday_weeks: Decimal::new(5, 0),
        pension_scheme: PensionScheme::Public,
        pension_percent: Percent::from(Decimal::new(120, 1)),
        pension_rate_confirmed: true,
        seniority_years: 5,
    };
    let item = |id: &str, name: &str, category: CostCategory, basis: CostBasis| CostItem {
        id: id.into(),
        name: name.into(),
        category,
        basis,
        first_year: None,
        last_year: None,
        internal: false,
        include_internal_cost: false,
        position_id: None,
        per_position: false,
    };
    Plan {
        schema_version: crate::model::plan::SCHEMA_VERSION,
        name: format!("Erfaringskonsulenter i Bydel Nord {first_year}"),
        created_on: "2026-11-22".into(),
        first_year,
        horizon_years,
        organisation: Organisation {
            name: "Bydel Nord, psykisk helse og rus".into(),
            kind: OrganisationKind::Municipality,
            municipality: Some("Oslo".into()),
            aga_zone: AgaZone::Zone1,
            fribelop_used_up: false,
            aga_rate_override: None,
        },
        tasks: vec![RoleTask::IndividualUsers, RoleTask::UserOrganisations],
        wage_growth_percent: default_wage_growth(),
        regulation_month: 5,
        price_growth_percent: default_price_growth(),
        positions: vec![
            position(
                "p1",
                "Erfaringskonsulent, oppsøkende team",
                100,
                480_000,
                start,
            ),
            position(
                "p2",
                "Erfaringskonsulent, pårørendearbeid",
                50,
                470_000,
                august,
            ),
        ],
        cost_items: vec![
            item(
                "veiledning",
                "Ekstern veiledning (erfaren erfaringskonsulent)",
                CostCategory::Supervision,
                CostBasis::PerSession {
                    price: Nok::from(1_300),
                    sessions_per_year: nok(12),
                    hours_per_session: Decimal::new(15, 1),
                },
            ),
            CostItem {
                internal: true,
                ..item(
                    "leder",
                    "Oppfølging fra leder",
                    CostCategory::Supervision,
                    CostBasis::PerHour {
                        rate: Nok::from(650),
                        hours_per_year: nok(24),
                    },
                )
            },
            item(
                "nettverk",
                "Regionalt nettverk for erfaringskonsulenter",
                CostCategory::Network,
                CostBasis::PerYear {
                    amount: Nok::from(4_000),
                },
            ),
            item(
                "konferanse",
                "Årlig konferanse, to deltakere",
                CostCategory::Network,
                CostBasis::PerYear {
                    amount: Nok::from(14_000),
                },
            ),
            CostItem {
                first_year: Some(first_year),
                ..item(
                    "opplaering",
                    "Opplæring (Erfaringsskolen)",
                    CostCategory::Training,
                    CostBasis::Once {
                        amount: Nok::from(18_000),
                    },
                )
            },
        ],
        grants: vec![Grant {
            id: "rusarbeid".into(),
            name: "Tilskudd til kommunalt rusarbeid".into(),
            source: "Statsforvalteren".into(),
            first_year,
            shape: GrantShape::Stepped {
                amounts: [400_000, 300_000, 200_000, 100_000].map(Nok::from).to_vec(),
            },
            position_ids: vec!["p1".into(), "p2".into()],
        }],
        financing_after_grants: "Stillingene er lagt inn i bydelens økonomiplan fra 2031.".into(),
        budget_codes: None,
        checklist: crate::model::checklist::default_checklist(),
    }
}

pub(crate) const FALLBACK: YearMonth = match YearMonth::new_const(2027, 1) {
    Some(ym) => ym,
    None => panic!("2027-01 is a month"),
};

/// The benchmarks' typical plan: 2 positions, 10 years, 2 grants, 4 cost items.
pub fn typical_plan() -> Plan {
    let mut plan = example_plan(2027, 10);
    plan.cost_items.truncate(4);
    let mut second = plan.grants[0].clone();
    second.id = "kompetanse".into();
    second.shape = GrantShape::OneOff {
        amount: Nok::from(Decimal::from(50_000)),
    };
    plan.grants.push(second);
    plan
}

/// The benchmarks' extreme plan: 20 positions, 40 years, 5 grants, 10 cost items.
pub fn extreme_plan() -> Plan {
    let mut plan = example_plan(2027, 40);
    let template = plan.positions[0].clone();
    plan.positions = (0..20)
        .map(|i| Position {
            id: format!("p{i}"),
            ..template.clone()
        })
        .collect();
    let items = plan.cost_items.clone();
    plan.cost_items = (0..10)
        .map(|i| {
            let mut item = items[i % items.len()].clone();
            item.id = format!("c{i}");
            item
        })
        .collect();
    let ids: Vec<String> = plan.positions.iter().map(|p| p.id.clone()).collect();
    plan.grants = (0..5)
        .map(|i| Grant {
            id: format!("g{i}"),
            name: format!("Tilskudd {i}"),
            source: String::new(),
            first_year: 2027 + i,
            shape: match i % 4 {
                0 => GrantShape::PerFullTime {
                    amount: Nok::from(Decimal::from(400_000)),
                    years: 6,
                },
                1 => GrantShape::Stepped {
                    amounts: [400_000, 300_000, 200_000, 100_000].map(Nok::from).to_vec(),
                },
                2 => GrantShape::ShareOfCost {
                    shares_percent: [100, 75, 50, 25].map(Percent::from).to_vec(),
                    yearly_cap: Some(Nok::from(Decimal::from(2_000_000))),
                },
                _ => GrantShape::OneOff {
                    amount: Nok::from(Decimal::from(250_000)),
                },
            },
            position_ids: if i == 4 { vec![] } else { ids[..5].to_vec() },
        })
        .collect();
    plan
}

/// The largest plan the app accepts: the extreme plan with 50 posts (the most a plan may have),
/// their percentages from 50 to 100 %, over 40 years.
pub fn largest_plan() -> Plan {
    let mut plan = extreme_plan();
    let template = plan.positions[0].clone();
    plan.positions = (0..50i64)
        .map(|i| Position {
            id: format!("p{i}"),
            fte_percent: Percent::from(Decimal::from(50 + 10 * (i % 6))),
            ..template.clone()
        })
        .collect();
    plan.name = "Den største planen".into();
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_valid_and_projects() {
        let plan = example_plan(2027, 10);
        assert!(plan.validate().is_empty(), "{:?}", plan.validate());
        let pr = crate::projection::project(&plan).unwrap();
        assert_eq!(pr.years.len(), 10);
        assert!(pr.warnings.is_empty(), "{:?}", pr.warnings);
        assert_eq!(pr.funding_cliff.map(|c| c.year), Some(2028));
        assert_eq!(pr.employer_pays_in_full_from, Some(2031));
    }

    #[test]
    fn the_largest_plan_is_as_large_as_a_plan_may_be_and_valid() {
        let plan = largest_plan();
        assert!(plan.validate().is_empty(), "{:?}", plan.validate());
        assert_eq!(plan.positions.len(), crate::validate::limits::MAX_POSITIONS);
        assert_eq!(plan.horizon_years, 40);
    }
}
