//! Golden cases: every figure below was computed by hand from the rules in the domain brief
//! (§4), and the working is written beside it. Lines are rounded to øre half away from zero;
//! derived lines use the rounded values of the lines they come from.

use rust_decimal::Decimal;

use super::*;
use crate::units::Nok;
use crate::{
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::{Grant, GrantShape},
    model::organisation::Organisation,
    model::plan::Plan,
    model::position::{PensionScheme, Position},
    rules::aga::AgaZone,
};

/// A decimal literal, as whichever of `Decimal`, `Nok` or `Percent` the place wants.
fn d<T: From<Decimal>>(s: &str) -> T {
    T::from(s.parse::<Decimal>().expect("decimal literal"))
}

fn ym(s: &str) -> YearMonth {
    s.parse().expect("month literal")
}

fn plan(first_year: i32, horizon_years: u32, zone: AgaZone, wage_growth: &str) -> Plan {
    Plan {
        schema_version: crate::model::plan::SCHEMA_VERSION,
        name: "Test".into(),
        created_on: "2026-11-22".into(),
        first_year,
        horizon_years,
        organisation: Organisation {
            aga_zone: zone,
            ..Organisation::default()
        },
        tasks: Vec::new(),
        wage_growth_percent: d(wage_growth),
        regulation_month: 5,
        price_growth_percent: d("3"),
        positions: Vec::new(),
        cost_items: Vec::new(),
        grants: Vec::new(),
        financing_after_grants: String::new(),
        budget_codes: None,
        checklist: crate::model::checklist::default_checklist(),
    }
}

/// A position with tariff holiday terms (12 %, 5 weeks) and no pension unless set.
fn position(id: &str, fte: &str, salary: &str, start: &str) -> Position {
    Position {
        id: id.into(),
        title: "Erfaringskonsulent".into(),
        fte_percent: d(fte),
        annual_salary: d(salary),
        start: ym(start),
        end: None,
        holiday_pay_percent: d("12"),
        holiday_weeks: d("5"),
        pension_scheme: PensionScheme::Public,
        pension_percent: d("0"),
        pension_rate_confirmed: true,
        seniority_years: 0,
    }
}

fn supervision(id: &str) -> CostItem {
    CostItem {
        id: id.into(),
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
    }
}

/// Asserts S, W, F, P, A and payroll of one position-year.
fn assert_lines(y: &PositionYear, s: &str, w: &str, f: &str, p: &str, a: &str, total: &str) {
    assert_eq!(
        [
            y.contract_salary,
            y.worked_salary,
            y.holiday_pay,
            y.pension,
            y.aga,
            y.payroll_cost
        ],
        [d(s), d(w), d(f), d(p), d(a), d(total)],
        "S, W, F, P, A, payroll in {}",
        y.year
    );
}

#[test]
fn one_position_full_year_regulated_in_may() {
    // Zone 1 (14.1 %), 4 % wage growth from 1 May, pension 10 %, 12 % holiday pay / 5 weeks.
    let mut plan = plan(2027, 1, AgaZone::Zone1, "4");
    let mut p = position("p1", "100", "450000", "2027-01");
    p.pension_percent = d("10");
    plan.positions.push(p);
    let pr = project(&plan).unwrap();
    let y = &pr.positions[0].years[0];
    // S = 450 000 × 4/12 (Jan–Apr) + 468 000 × 8/12 (May–Dec) = 150 000 + 312 000
    // W = 462 000 × (52 − 5) / 52 = 21 714 000 / 52 = 417 576.923… → 417 576.92
    // F = 417 576.92 × 12 % = 50 109.2304 → 50 109.23
    // P = 462 000 × 10 % = 46 200
    // A = (417 576.92 + 50 109.23 + 46 200) × 14.1 % = 513 886.15 × 0.141 = 72 457.947… → 72 457.95
    assert_lines(
        y,
        "462000",
        "417576.92",
        "50109.23",
        "46200",
        "72457.95",
        "586344.10",
    );
    assert_eq!(y.months_active, 12);
    let segs = &y.derivation.salary_segments;
    assert_eq!(segs.len(), 2);
    assert_eq!(
        (
            segs[0].months,
            segs[0].regulation_steps,
            segs[0].annual_salary
        ),
        (4, 0, d("450000"))
    );
    assert_eq!(
        (
            segs[1].months,
            segs[1].regulation_steps,
            segs[1].annual_salary
        ),
        (8, 1, d("468000"))
    );
    assert_eq!(segs[1].first_month, ym("2027-05"));
    // Every figure of the plan adds up.
    let s = &pr.years[0];
    assert_eq!(s.total_cost, d("586344.10"));
    assert_eq!(s.net_cost, d("586344.10"));
    assert_eq!(pr.totals.net_cost, d("586344.10"));
    assert_eq!(pr.aga[0].rate_percent, d("14.1"));
    assert!(pr.aga[0].assumed, "2027 has no published table yet");
    // Salary band on 200 000–800 000: the usual range 350 000 at 150 000 / 600 000 = 25 %,
    // 550 000 at 350 000 / 600 000 = 58.333…% → 58.33, 450 000 at
    // (450 000 − 200 000) / 600 000 = 41.666…% → 41.67.
    let band = &pr.salary_bands[0];
    assert_eq!(
        (
            band.range_start_percent,
            band.range_end_percent,
            band.marker_percent,
            band.inside
        ),
        (d("25.00"), d("58.33"), d("41.67"), true)
    );
    assert_eq!(pr.employer_pays_in_full_from, Some(2027));
}

#[test]
fn start_in_august_is_first_regulated_the_next_may() {
    // Zone 2 (10.6 %), statutory holiday pay 10.2 % / 4.2 weeks, OTP 2 %.
    let mut plan = plan(2027, 2, AgaZone::Zone2, "4");
    let mut p = position("p1", "100", "480000", "2027-08");
    p.holiday_pay_percent = d("10.2");
    p.holiday_weeks = d("4.2");
    p.pension_scheme = PensionScheme::Otp;
    p.pension_percent = d("2");
    plan.positions.push(p);
    let pr = project(&plan).unwrap();
    let [y27, y28] = &pr.positions[0].years[..] else {
        panic!("two years")
    };
    // 2027: S = 480 000 × 5/12 (Aug–Dec, no regulation yet) = 200 000
    // W = 200 000 × 47.8 / 52 = 183 846.153… → 183 846.15; F = × 10.2 % = 18 752.3073 → 18 752.31
    // P = 200 000 × 2 % = 4 000; A = 206 598.46 × 10.6 % = 21 899.436… → 21 899.44
    assert_lines(
        y27,
        "200000",
        "183846.15",
        "18752.31",
        "4000",
        "21899.44",
        "228497.90",
    );
    assert_eq!(y27.months_active, 5);
    // 2028: S = 480 000 × 4/12 + 499 200 × 8/12 = 160 000 + 332 800 = 492 800
    // W = 492 800 × 47.8 / 52 = 452 996.923… → 452 996.92; F = 46 205.6858… → 46 205.69
    // P = 9 856; A = 509 058.61 × 10.6 % = 53 960.2127 → 53 960.21
    assert_lines(
        y28,
        "492800",
        "452996.92",
        "46205.69",
        "9856",
        "53960.21",
        "563018.82",
    );
    assert_eq!(y28.derivation.salary_segments[1].regulation_steps, 1);
    assert_eq!(pr.totals.payroll_cost, d("791516.72"));
}

#[test]
fn a_temporary_post_ending_in_june_costs_nothing_after() {
    // Zone 3 (6.4 %), 4 % growth from May.
    let mut plan = plan(2027, 2, AgaZone::Zone3, "4");
    let mut p = position("p1", "100", "420000", "2027-01");
    p.end = Some(ym("2027-06"));
    plan.positions.push(p);
    let pr = project(&plan).unwrap();
    let [y27, y28] = &pr.positions[0].years[..] else {
        panic!("two years")
    };
    // S = 420 000 × 4/12 + 436 800 × 2/12 = 140 000 + 72 800 = 212 800
    // W = 212 800 × 47/52 = 192 338.461… → 192 338.46; F = 23 080.6152 → 23 080.62
    // A = 215 419.08 × 6.4 % = 13 786.821… → 13 786.82
    assert_lines(
        y27,
        "212800",
        "192338.46",
        "23080.62",
        "0",
        "13786.82",
        "229205.90",
    );
    assert_eq!(y27.months_active, 6);
    assert_lines(y28, "0", "0", "0", "0", "0", "0");
    assert_eq!(y28.months_active, 0);
}

#[test]
fn half_time_post_with_a_per_full_time_grant() {
    let mut plan = plan(2027, 1, AgaZone::Zone1, "0");
    plan.positions
        .push(position("p1", "50", "500000", "2027-01"));
    plan.grants.push(Grant {
        id: "g1".into(),
        name: "Tilskudd".into(),
        source: "Helsedirektoratet".into(),
        first_year: 2027,
        shape: GrantShape::PerFullTime {
            amount: d("400000"),
            years: 6,
        },
        position_ids: vec!["p1".into()],
    });
    let pr = project(&plan).unwrap();
    // S = 500 000 × 50 % = 250 000; W = 250 000 × 47/52 = 225 961.538… → 225 961.54
    // F = 27 115.3848 → 27 115.38; A = 253 076.92 × 14.1 % = 35 683.845… → 35 683.85
    assert_lines(
        &pr.positions[0].years[0],
        "250000",
        "225961.54",
        "27115.38",
        "0",
        "35683.85",
        "288760.77",
    );
    // Grant = 400 000 × 50 % × 12/12 = 200 000
    let g = &pr.grants[0].years[0];
    assert_eq!(
        (g.entitled, g.amount, g.excess),
        (d("200000"), d("200000"), d("0"))
    );
    assert_eq!(g.per_position[0].amount, d("200000"));
    assert_eq!(pr.years[0].net_cost, d("88760.77"));
    // 200 000 / 288 760.77 = 69.2615…% → 69.26
    assert_eq!(pr.years[0].grant_share_percent, d("69.26"));
    assert_eq!(
        pr.employer_pays_in_full_from, None,
        "the grant runs past the horizon"
    );
}

#[test]
fn stepped_four_year_grant_in_zone_5_shows_the_cliff() {
    // Zone 5: no AGA.
    let mut plan = plan(2027, 5, AgaZone::Zone5, "0");
    plan.positions
        .push(position("p1", "100", "400000", "2027-01"));
    plan.grants.push(Grant {
        id: "rus".into(),
        name: "Kommunalt rusarbeid".into(),
        source: String::new(),
        first_year: 2027,
        shape: GrantShape::Stepped {
            amounts: ["300000", "225000", "150000", "75000"].map(d).to_vec(),
        },
        position_ids: vec!["p1".into()],
    });
    let pr = project(&plan).unwrap();
    // W = 400 000 × 47/52 = 361 538.461… → 361 538.46; F = 43 384.6152 → 43 384.62; A = 0
    for y in &pr.positions[0].years {
        assert_lines(y, "400000", "361538.46", "43384.62", "0", "0", "404923.08");
    }
    let grants: Vec<_> = pr.years.iter().map(|y| y.grants).collect();
    assert_eq!(
        grants,
        [d("300000"), d("225000"), d("150000"), d("75000"), d("0")]
    );
    let net: Vec<_> = pr.years.iter().map(|y| y.net_cost).collect();
    assert_eq!(
        net,
        [
            d("104923.08"),
            d("179923.08"),
            d("254923.08"),
            d("329923.08"),
            d("404923.08")
        ]
    );
    assert_eq!(
        pr.funding_cliff,
        Some(FundingCliff {
            year: 2028,
            jump: d("75000"),
            grant_drop: d("75000")
        })
    );
    assert_eq!(pr.employer_pays_in_full_from, Some(2031));
    assert_eq!(pr.years[4].running_net_cost, d("1274615.40"));
    // Chart: every year costs 404 923.08, the tallest; 300 000 / 404 923.08 = 74.0881…% → 74.09,
    // 104 923.08 / 404 923.08 = 25.9118…% → 25.91.
    assert_eq!(
        (pr.chart[0].grants_percent, pr.chart[0].net_percent),
        (d("74.09"), d("25.91"))
    );
    assert_eq!(
        (pr.chart[4].grants_percent, pr.chart[4].net_percent),
        (d("0"), d("100"))
    );
    assert_eq!(pr.totals.grants, d("750000"));
}

#[test]
fn share_of_cost_grant_with_a_yearly_cap() {
    let mut plan = plan(2027, 2, AgaZone::Zone1, "0");
    let mut p = position("p1", "100", "450000", "2027-01");
    p.pension_percent = d("10");
    plan.positions.push(p);
    plan.grants.push(Grant {
        id: "g".into(),
        name: "Andel".into(),
        source: String::new(),
        first_year: 2027,
        shape: GrantShape::ShareOfCost {
            shares_percent: vec![d("100"), d("50")],
            yearly_cap: Some(d("400000")),
        },
        position_ids: vec!["p1".into()],
    });
    let pr = project(&plan).unwrap();
    // W = 450 000 × 47/52 = 406 730.769… → 406 730.77; F = 48 807.6924 → 48 807.69; P = 45 000
    // A = 500 538.46 × 14.1 % = 70 575.922… → 70 575.92; payroll = 571 114.38
    assert_lines(
        &pr.positions[0].years[0],
        "450000",
        "406730.77",
        "48807.69",
        "45000",
        "70575.92",
        "571114.38",
    );
    // 2027: 100 % = 571 114.38, capped at 400 000. 2028: 50 % = 285 557.19 (under the cap).
    assert_eq!(pr.grants[0].years[0].amount, d("400000"));
    assert_eq!(pr.grants[0].years[1].amount, d("285557.19"));
    assert_eq!(pr.years[0].net_cost, d("171114.38"));
    assert_eq!(pr.years[1].net_cost, d("285557.19"));
}

#[test]
fn over_60_holiday_pay_and_zone_1a_with_the_fribelop_used_up() {
    let mut plan = plan(2027, 1, AgaZone::Zone1a, "0");
    plan.organisation.fribelop_used_up = true;
    let mut p = position("p1", "100", "500000", "2027-01");
    // Tariff terms from 60: 12 % + 2.3 points, and a sixth week.
    p.holiday_pay_percent = d("14.3");
    p.holiday_weeks = d("6");
    plan.positions.push(p);
    let pr = project(&plan).unwrap();
    // W = 500 000 × 46/52 = 442 307.692… → 442 307.69; F = 442 307.69 × 14.3 % = 63 249.99967 → 63 250.00
    // A at the zone 1 rate: 505 557.69 × 14.1 % = 71 283.634… → 71 283.63
    assert_lines(
        &pr.positions[0].years[0],
        "500000",
        "442307.69",
        "63250.00",
        "0",
        "71283.63",
        "576841.32",
    );
    assert_eq!(pr.aga[0].rate_percent, d("14.1"));
    assert_eq!(pr.aga[0].zone, AgaZone::Zone1a);

    plan.organisation.fribelop_used_up = false;
    let pr = project(&plan).unwrap();
    assert_eq!(pr.aga[0].rate_percent, d("10.6"));
    plan.organisation.aga_rate_override = Some(d("12.5"));
    let pr = project(&plan).unwrap();
    assert_eq!(
        (pr.aga[0].rate_percent, pr.aga[0].overridden),
        (d("12.5"), true)
    );
}

#[test]
fn cost_items_grow_with_prices_and_internal_hours_cost_nothing_unless_asked() {
    let mut plan = plan(2027, 2, AgaZone::Zone1, "0");
    plan.positions
        .push(position("p1", "100", "450000", "2027-01"));
    plan.cost_items.push(supervision("sup"));
    plan.cost_items.push(CostItem {
        id: "leader".into(),
        name: "Oppfølging fra leder".into(),
        category: CostCategory::Supervision,
        basis: CostBasis::PerHour {
            rate: d("600"),
            hours_per_year: d("20"),
        },
        first_year: None,
        last_year: None,
        internal: true,
        include_internal_cost: false,
        position_id: Some("p1".into()),
        per_position: false,
    });
    plan.cost_items.push(CostItem {
        id: "pc".into(),
        name: "PC og telefon".into(),
        category: CostCategory::Equipment,
        basis: CostBasis::Once { amount: d("25000") },
        first_year: Some(2027),
        last_year: None,
        internal: false,
        include_internal_cost: false,
        position_id: None,
        per_position: false,
    });
    let pr = project(&plan).unwrap();
    // Supervision: 1 300 × 12 = 15 600 in 2027; × 1.03 = 16 068 in 2028.
    let sup: Vec<_> = pr.cost_items[0]
        .years
        .iter()
        .map(|y| (y.cost, y.hours))
        .collect();
    assert_eq!(sup, [(d("15600"), d("12")), (d("16068"), d("12"))]);
    // Internal leader hours: 20 hours a year, no cost.
    let leader: Vec<_> = pr.cost_items[1]
        .years
        .iter()
        .map(|y| (y.cost, y.hours))
        .collect();
    assert_eq!(leader, [(d("0"), d("20")), (d("0"), d("20"))]);
    // Once: only in 2027.
    let pc: Vec<_> = pr.cost_items[2].years.iter().map(|y| y.cost).collect();
    assert_eq!(pc, [d("25000"), d("0")]);
    assert_eq!(pr.years[0].other_costs, d("40600"));
    assert_eq!(pr.years[1].other_costs, d("16068"));

    plan.cost_items[1].include_internal_cost = true;
    let pr = project(&plan).unwrap();
    // 600 × 20 = 12 000; × 1.03 = 12 360.
    assert_eq!(pr.cost_items[1].years[1].cost, d("12360"));
}

#[test]
fn a_grant_never_pays_more_than_the_cost_it_is_tied_to() {
    let mut plan = plan(2027, 1, AgaZone::Zone5, "0");
    plan.positions
        .push(position("p1", "20", "300000", "2027-01"));
    plan.grants.push(Grant {
        id: "big".into(),
        name: "Stort engangsbeløp".into(),
        source: String::new(),
        first_year: 2027,
        shape: GrantShape::OneOff {
            amount: d("1000000"),
        },
        position_ids: vec!["p1".into()],
    });
    let pr = project(&plan).unwrap();
    let payroll = pr.positions[0].years[0].payroll_cost;
    let g = &pr.grants[0].years[0];
    assert_eq!(g.amount, payroll);
    assert_eq!(g.excess, Nok::from(d::<Decimal>("1000000") - payroll.get()));
    assert_eq!(pr.years[0].net_cost, d("0"));
    assert!(pr
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::GrantExceedsTiedCost { grant_id, .. } if grant_id == "big")));
}

#[test]
fn warnings_name_what_the_sources_say_goes_wrong() {
    let mut plan = plan(2027, 3, AgaZone::Zone1, "0");
    let mut p = position("p1", "40", "250000", "2027-01");
    p.end = Some(ym("2028-12"));
    plan.positions.push(p);
    plan.grants.push(Grant {
        id: "g".into(),
        name: "Tilskudd".into(),
        source: String::new(),
        first_year: 2027,
        shape: GrantShape::PerFullTime {
            amount: d("100000"),
            years: 2,
        },
        position_ids: vec![],
    });
    let pr = project(&plan).unwrap();
    let kinds: Vec<_> = pr
        .warnings
        .iter()
        .map(|w| {
            serde_json::to_value(w).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "salaryOutsideTypicalRange",
            "lowFte",
            "workingAlone",
            "noSupervision",
            "temporaryEndsWithGrant"
        ]
    );
    let Some(Warning::NoSupervision { years }) = pr
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::NoSupervision { .. }))
    else {
        panic!("no supervision warning")
    };
    assert_eq!(years, &[2027, 2028], "2029 has nobody at work");

    let mut rare = supervision("sup");
    rare.basis = CostBasis::PerSession {
        price: d("1300"),
        sessions_per_year: d("6"),
        hours_per_session: d("1"),
    };
    plan.cost_items.push(rare);
    plan.cost_items.push(CostItem {
        category: CostCategory::Network,
        ..supervision("net")
    });
    plan.positions[0].fte_percent = d("80");
    plan.positions[0].annual_salary = d("450000");
    let pr = project(&plan).unwrap();
    // Six sessions a year is less than monthly; the grant still ends with the temporary post.
    assert_eq!(pr.warnings.len(), 2, "{:?}", pr.warnings);
    assert!(matches!(
        &pr.warnings[0],
        Warning::SupervisionLessThanMonthly { item_id, .. } if item_id == "sup"
    ));
}

#[test]
fn invalid_plans_are_refused_with_the_field() {
    let mut plan = plan(2027, 1, AgaZone::Zone1, "0");
    let mut p = position("p1", "120", "450000", "2027-01");
    p.end = Some(ym("2026-12"));
    plan.positions.push(p);
    let err = project(&plan).unwrap_err();
    assert_eq!(err.field(), Some("positions[0].ftePercent"));
    let fields: Vec<_> = plan
        .validate()
        .iter()
        .map(|e| e.field().map(str::to_owned))
        .collect();
    assert_eq!(
        fields,
        [
            Some("positions[0].ftePercent".into()),
            Some("positions[0].end".into())
        ]
    );
}

#[test]
fn supervision_per_post_follows_the_posts_at_work_month_by_month() {
    let mut plan = plan(2027, 3, AgaZone::Zone1, "0");
    plan.positions
        .push(position("p1", "100", "450000", "2027-01"));
    // A second post from July 2027 to June 2028: six months in each year.
    let mut second = position("p2", "50", "450000", "2027-07");
    second.end = Some(ym("2028-06"));
    plan.positions.push(second);
    plan.cost_items.push(CostItem {
        per_position: true,
        basis: CostBasis::PerSession {
            price: d("1300"),
            sessions_per_year: d("12"),
            hours_per_session: d("1.5"),
        },
        ..supervision("sup")
    });
    let pr = project(&plan).unwrap();
    let years: Vec<_> = pr.cost_items[0]
        .years
        .iter()
        .map(|y| (y.year, y.post_months, y.cost, y.hours))
        .collect();
    // 1 300 × 12 = 15 600 a year per post; 12 × 1.5 = 18 hours.
    // 2027: posts at work 12 + 6 = 18 months: 15 600 × 18 / 12 = 23 400; 18 × 18 / 12 = 27 h.
    // 2028: 12 + 6 = 18 months: 15 600 × 1.03 = 16 068; × 18 / 12 = 24 102; 27 h.
    // 2029: 12 months: 15 600 × 1.03² = 16 550.04; × 12 / 12 = 16 550.04; 18 h.
    assert_eq!(
        years,
        [
            (2027, Some(18), d("23400"), d("27")),
            (2028, Some(18), d("24102"), d("27")),
            (2029, Some(12), d("16550.04"), d("18")),
        ]
    );
    assert_eq!(pr.years[2].other_costs, d("16550.04"));

    // Not per post: the same item costs the same whatever the number of posts.
    plan.cost_items[0].per_position = false;
    let pr = project(&plan).unwrap();
    let costs: Vec<_> = pr.cost_items[0].years.iter().map(|y| y.cost).collect();
    assert_eq!(costs, [d("15600"), d("16068"), d("16550.04")]);
    assert!(pr.cost_items[0]
        .years
        .iter()
        .all(|y| y.post_months.is_none()));
}

#[test]
fn supervision_stops_when_no_post_is_at_work_other_costs_go_on() {
    let mut plan = plan(2027, 3, AgaZone::Zone1, "0");
    let mut temporary = position("p1", "100", "450000", "2027-01");
    temporary.end = Some(ym("2028-03"));
    plan.positions.push(temporary);
    plan.cost_items.push(supervision("sup"));
    plan.cost_items.push(CostItem {
        category: CostCategory::Network,
        basis: CostBasis::PerYear { amount: d("10000") },
        ..supervision("net")
    });
    let pr = project(&plan).unwrap();
    let sup: Vec<_> = pr.cost_items[0]
        .years
        .iter()
        .map(|y| (y.cost, y.hours))
        .collect();
    // The post ends in March 2028: supervision in 2027 and 2028, none in 2029.
    // 15 600; 15 600 × 1.03 = 16 068; 0.
    assert_eq!(
        sup,
        [
            (d("15600"), d("12")),
            (d("16068"), d("12")),
            (d("0"), d("0"))
        ]
    );
    // The network fee is the employer's choice: 10 000 × 1.03² = 10 609 in 2029.
    assert_eq!(pr.cost_items[1].years[2].cost, d("10609"));
}

/// «Fast beløp per år»: a sum per year for the posts together, whatever their percentage.
/// Zone 5 (no employer's contribution), no pension, no wage growth, 12 % holiday pay and five
/// weeks: a post's payroll is W + F with W = S × 47/52 and F = W × 12 %.
///   p1, 100 % from July 2027: S = 520 000 × 6/12 = 260 000; W = 235 000; F = 28 200 →
///       263 200 in 2027; 2028: S = 520 000, W = 470 000, F = 56 400 → 526 400.
///   p2, 50 % all year: S = 260 000 → 263 200 in both years.
#[test]
fn a_fixed_yearly_sum_is_prorated_by_months_at_work_and_split_by_cost() {
    let mut plan = plan(2027, 3, AgaZone::Zone5, "0");
    plan.positions
        .push(position("p1", "100", "520000", "2027-07"));
    plan.positions
        .push(position("p2", "50", "520000", "2027-01"));
    let fixed = |id: &str, amounts: &[&str], posts: &[&str]| Grant {
        id: id.into(),
        name: "Kommunalt tilskudd".into(),
        source: String::new(),
        first_year: 2027,
        shape: GrantShape::FixedPerYear {
            amounts: amounts.iter().map(|a| d(a)).collect(),
        },
        position_ids: posts.iter().map(|&p| p.into()).collect(),
    };
    // Tied to both: p2 is at work all of 2027, so the whole 300 000, not scaled by 50 %.
    plan.grants
        .push(fixed("both", &["300000", "120000"], &["p1", "p2"]));
    let pr = project(&plan).unwrap();
    assert_eq!(pr.positions[0].years[0].payroll_cost, d("263200"));
    assert_eq!(pr.positions[0].years[1].payroll_cost, d("526400"));
    assert_eq!(pr.positions[1].years[0].payroll_cost, d("263200"));
    let g = &pr.grants[0].years;
    // 2027: 300 000 split 263 200 : 263 200 → 150 000 each.
    assert_eq!((g[0].entitled, g[0].amount), (d("300000"), d("300000")));
    let shares = |y: &GrantYear| y.per_position.iter().map(|s| s.amount).collect::<Vec<_>>();
    assert_eq!(shares(&g[0]), [d("150000"), d("150000")]);
    // 2028: 120 000 split 526 400 : 263 200 = 2 : 1 → 80 000 and 40 000.
    assert_eq!(shares(&g[1]), [d("80000"), d("40000")]);
    // 2029: past the schedule.
    assert_eq!((g[2].scheduled, g[2].amount), (None, d("0")));

    // Tied to p1 alone, at work six months of 2027: 300 000 × 6/12 = 150 000.
    plan.grants = vec![fixed("p1", &["300000", "120000"], &["p1"])];
    let pr = project(&plan).unwrap();
    let g = &pr.grants[0].years;
    assert_eq!((g[0].entitled, g[0].amount), (d("150000"), d("150000")));
    assert_eq!((g[1].entitled, g[1].amount), (d("120000"), d("120000")));

    // For the plan as a whole: the months any post is at work (all of 2027).
    plan.grants = vec![fixed("plan", &["300000"], &[])];
    let pr = project(&plan).unwrap();
    assert_eq!(pr.grants[0].years[0].amount, d("300000"));

    // Never more than the tied cost: p2 at 20 % has S = 104 000, W = 94 000, F = 11 280 →
    // 105 280; the other 194 720 is excess.
    plan.positions[1].fte_percent = d("20");
    plan.grants = vec![fixed("small", &["300000"], &["p2"])];
    let pr = project(&plan).unwrap();
    let g = &pr.grants[0].years[0];
    assert_eq!(
        (g.entitled, g.amount, g.excess),
        (d("300000"), d("105280"), d("194720"))
    );
}
