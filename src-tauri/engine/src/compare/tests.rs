//! A golden comparison worked out by hand, and the rules every comparison keeps.

use rust_decimal::Decimal;

use super::*;
use crate::{
    model::calendar::YearMonth,
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::{Grant, GrantShape},
    model::organisation::Organisation,
    model::position::{PensionScheme, Position},
    rules::aga::AgaZone,
};

fn d<T: From<Decimal>>(s: &str) -> T {
    T::from(s.parse::<Decimal>().expect("decimal literal"))
}

fn q(s: &str) -> Option<Quantity> {
    Some(d(s))
}

/// One post at 100 % (520 000 kr, 12 % holiday pay over 5 weeks, no pension) in zone 1
/// (14.1 %), 2027–2029 with no wage or price growth; supervision 12 × 1 300 kr of one hour; a
/// grant of 300 000 and 200 000 kr for the plan as a whole.
fn base() -> Plan {
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
        checklist: crate::model::checklist::default_checklist(),
    }
}

fn post(id: &str, fte: &str) -> Position {
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

/// The same cost, shared by two posts at 50 %, with supervision for each post.
fn two_halves() -> Plan {
    let mut plan = base();
    plan.name = "To stillinger på 50 %".into();
    plan.positions = vec![post("p1", "50"), post("p2", "50")];
    plan.cost_items[0].per_position = true;
    plan
}

fn named(plan: Plan) -> NamedPlan {
    NamedPlan {
        name: plan.name.clone(),
        plan,
    }
}

fn figure(c: &Comparison, key: FigureKey) -> &Figure {
    c.figures.iter().find(|f| f.key == key).expect("figure")
}

fn diff(amount: &str, percent: Option<&str>) -> Option<Difference> {
    Some(Difference {
        amount: d(amount),
        percent: percent.map(d),
    })
}

#[test]
fn one_post_against_two_half_posts_worked_out_by_hand() {
    let c = compare(&[named(base()), named(two_halves())], Locale::Nb).unwrap();
    // One post a year: S = 520 000; W = 520 000 × 47/52 = 470 000; F = 12 % = 56 400; P = 0;
    // A = 526 400 × 14.1 % = 74 222.40; pay = 600 622.40. Two half posts: each S = 260 000,
    // W = 235 000, F = 28 200, A = 263 200 × 14.1 % = 37 111.20, pay 300 311.20: the same
    // 600 622.40 together. Supervision 15 600 a year; for each of two posts, 31 200.
    // Base: total 616 222.40 a year, 1 848 667.20 over three; net 316 222.40, 416 222.40,
    // 616 222.40 = 1 348 667.20. Alternative: 631 822.40 a year, 1 895 467.20; net 331 822.40,
    // 431 822.40, 631 822.40 = 1 395 467.20. Difference 46 800 = 3 × 15 600:
    // 2.53…% of the total cost → 2.5; 3.47…% of the net cost → 3.5.
    let expect = |key, values: [Option<Quantity>; 2], difference: Option<Difference>| {
        let f = figure(&c, key);
        assert_eq!(f.values, values, "{key:?}");
        assert_eq!(f.differences, [None, difference], "{key:?}");
    };
    expect(
        FigureKey::TotalCost,
        [q("1848667.20"), q("1895467.20")],
        diff("46800.00", Some("2.5")),
    );
    expect(
        FigureKey::Grants,
        [q("500000.00"), q("500000.00")],
        diff("0.00", Some("0.0")),
    );
    expect(
        FigureKey::NetCost,
        [q("1348667.20"), q("1395467.20")],
        diff("46800.00", Some("3.5")),
    );
    // The grant first shrinks in 2028 (300 000 → 200 000): the net cost rises by 100 000.
    // It ends after 2028, so the employer pays everything from 2029.
    expect(
        FigureKey::FundingCliffYear,
        [q("2028"), q("2028")],
        diff("0", None),
    );
    expect(
        FigureKey::FundingCliffJump,
        [q("100000.00"), q("100000.00")],
        diff("0.00", Some("0.0")),
    );
    expect(
        FigureKey::PaysInFullFrom,
        [q("2029"), q("2029")],
        diff("0", None),
    );
    expect(FigureKey::Posts, [q("1"), q("2")], diff("1", None));
    expect(
        FigureKey::FullTimeEquivalents,
        [q("1"), q("1")],
        diff("0", None),
    );
    expect(
        FigureKey::SupervisionHoursPerYear,
        [q("12"), q("24")],
        diff("12", Some("100.0")),
    );
    expect(
        FigureKey::SupervisionCostPerYear,
        [q("15600.00"), q("31200.00")],
        diff("15600.00", Some("100.0")),
    );
    // One consultant alone is warned about; two are not alone. 50 % is not under 50 %.
    expect(FigureKey::WorkingAlone, [q("1"), q("0")], diff("-1", None));
    expect(FigureKey::PartTime, [q("0"), q("0")], diff("0", None));

    let years: Vec<_> = c
        .years
        .iter()
        .map(|y| (y.year, y.net_cost.clone(), y.differences.clone()))
        .collect();
    let n = |s: &str| Some(d::<Nok>(s));
    assert_eq!(
        years,
        [
            (
                2027,
                vec![n("316222.40"), n("331822.40")],
                vec![None, n("15600.00")]
            ),
            (
                2028,
                vec![n("416222.40"), n("431822.40")],
                vec![None, n("15600.00")]
            ),
            (
                2029,
                vec![n("616222.40"), n("631822.40")],
                vec![None, n("15600.00")]
            ),
        ]
    );
    // The chart's top is the largest net cost, 631 822.40; 316 222.40 of it is 50.049…% → 50.05.
    assert_eq!(c.chart_max, d("631822.40"));
    let p = |s: &str| Some(d::<Percent>(s));
    assert_eq!(c.years[0].chart_percent, [p("50.05"), p("52.52")]);
    assert_eq!(c.years[2].chart_percent, [p("97.53"), p("100.00")]);
    assert!(c.same_years);
    assert_eq!((c.first_year, c.last_year), (2027, 2029));

    // The texts every output shows, worded once here.
    let net = figure(&c, FigureKey::NetCost);
    assert_eq!(net.value_texts, ["1 348 667,20 kr", "1 395 467,20 kr"]);
    assert_eq!(net.difference_texts, ["", "+46 800,00 kr (+3,5 %)"]);
    assert_eq!(
        figure(&c, FigureKey::WorkingAlone).difference_texts[1],
        "−1"
    );
    assert_eq!(
        figure(&c, FigureKey::FundingCliffYear).difference_texts[1],
        "0 år"
    );
    assert_eq!(
        c.years[0].net_cost_texts,
        ["316 222,40 kr", "331 822,40 kr"]
    );
    assert_eq!(c.years[0].difference_texts, ["", "+15 600,00 kr"]);

    assert_eq!(c.changes[0], Vec::<String>::new());
    assert_eq!(
        c.changes[1],
        [
            "2 stillinger (grunnlaget: 1).",
            "Stilling 1 (Erfaringskonsulent): stillingsprosent 50 % (grunnlaget: 100 %).",
            "Stilling 2 (Erfaringskonsulent) er ny: 50 % med årslønn 520 000,00 kr ved 100 %.",
            "Kostnaden «Ekstern veiledning»: for hver stilling (grunnlaget: for planen samlet).",
        ]
    );
    assert_eq!(
        figure(&c, FigureKey::NetCost).label,
        "Netto for arbeidsgiver"
    );
    let en = compare(&[named(base()), named(two_halves())], Locale::En).unwrap();
    assert_eq!(
        figure(&en, FigureKey::NetCost).label,
        "Net cost for the employer"
    );
    assert_eq!(
        en.changes[1][1],
        "Post 1 (Erfaringskonsulent): share of full time 50 % (base: 100 %)."
    );
}

#[test]
fn plans_over_different_years_are_compared_on_the_union_of_their_years() {
    let mut later = base();
    later.name = "Ett år senere".into();
    later.first_year = 2028;
    later.positions[0].start = YearMonth::new(2028, 1).expect("month");
    later.grants[0].first_year = 2028;
    let c = compare(&[named(base()), named(later)], Locale::Nb).unwrap();
    assert!(!c.same_years);
    assert_eq!((c.first_year, c.last_year), (2027, 2030));
    let n = |s: &str| Some(d::<Nok>(s));
    // 2027: only the base; the later plan counts as zero in the difference.
    assert_eq!(c.years[0].net_cost, [n("316222.40"), None]);
    assert_eq!(c.years[0].differences, [None, n("-316222.40")]);
    assert_eq!(c.years[0].chart_percent[1], None);
    // 2030: only the later plan.
    assert_eq!(c.years[3].net_cost, [None, n("616222.40")]);
    assert_eq!(c.years[3].differences, [None, n("616222.40")]);
    assert_eq!(c.plans[1].first_year, 2028);
    assert_eq!(
        c.changes[1][0],
        "Planen dekker 2028–2030 (grunnlaget: 2027–2029)."
    );
}

#[test]
fn too_few_too_many_or_invalid_plans_are_refused_by_name_and_field() {
    let one = [named(base())];
    assert_eq!(
        compare(&one, Locale::Nb),
        Err(EngineError::CompareCount {
            count: 1,
            min: 2,
            max: 4
        })
    );
    let five: Vec<NamedPlan> = (0..5).map(|_| named(base())).collect();
    let err = compare(&five, Locale::Nb).unwrap_err();
    assert_eq!(err.code(), "compare.count");

    let mut broken = two_halves();
    broken.positions[1].annual_salary = d("-1");
    let err = compare(&[named(base()), named(broken)], Locale::Nb).unwrap_err();
    let report = crate::ErrorReport::from(&err);
    assert_eq!(report.code, "compare.plan_invalid");
    assert_eq!(report.field.as_deref(), Some("positions[1].annualSalary"));
    assert_eq!(report.params["plan"], "2");
    assert_eq!(report.params["name"], "To stillinger på 50 %");
    assert_eq!(report.params["cause"], "field.negative");
}
