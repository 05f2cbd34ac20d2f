//! Small plans worked out by hand, shared by the tests of the comparison and the portfolio.

use rust_decimal::Decimal;

use crate::{
    model::calendar::YearMonth,
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::{Grant, GrantShape},
    model::organisation::Organisation,
    model::plan::Plan,
    model::position::{PensionScheme, Position},
    rules::aga::AgaZone,
};

fn d<T: From<Decimal>>(s: &str) -> T {
    T::from(s.parse::<Decimal>().expect("decimal literal"))
}

/// One post at 100 % (520 000 kr, 12 % holiday pay over 5 weeks, no pension) in zone 1
/// (14.1 %), 2027–2029 with no wage or price growth; supervision 12 × 1 300 kr of one hour; a
/// grant of 300 000 and 200 000 kr for the plan as a whole.
pub fn base() -> Plan {
    Plan {
        schema_version: crate::model::plan::SCHEMA_VERSION,
        name: "Én stilling".into(),
        created_on: "2026-12-01".into(),
        first_year: 2027,
        horizon_years: 3,
        organisation: Organisation {
            aga_zone: AgaZone::Zone1,
            ..Organisation::default()
        },
        tasks: Vec::new(),
        wage_growth_percent: d("0"),
        regulation_month: 5,
        price_growth_percent: d("0"),
        positions: vec![post("p1", "100")],
        cost_items: vec![CostItem {
            id: "sup".into(),
            name: "Ekstern veiledning".into(),
            category: CostCategory::Supervision,
            basis: CostBasis::PerSession {
                price: d("1300"),
                sessions_per_year: d("12"),
                hours_per_session: d("1"),
            },
            first_year: None,
            last_year: None,
            internal: false,
            include_internal_cost: false,
            position_id: None,
            per_position: false,
        }],
        grants: vec![Grant {
            id: "g1".into(),
            name: "Tilskudd".into(),
            source: "Helsedirektoratet".into(),
            first_year: 2027,
            shape: GrantShape::Stepped {
                amounts: vec![d("300000"), d("200000")],
            },
            position_ids: Vec::new(),
        }],
        financing_after_grants: String::new(),
        budget_codes: None,
        checklist: crate::model::checklist::default_checklist(),
    }
}

pub fn post(id: &str, fte: &str) -> Position {
    Position {
        id: id.into(),
        title: "Erfaringskonsulent".into(),
        fte_percent: d(fte),
        annual_salary: d("520000"),
        start: YearMonth::new(2027, 1).expect("month"),
        end: None,
        holiday_pay_percent: d("12"),
        holiday_weeks: d("5"),
        pension_scheme: PensionScheme::Public,
        pension_percent: d("0"),
        pension_rate_confirmed: true,
        seniority_years: 0,
    }
}
