//! A golden comparison worked out by hand, and the rules every comparison keeps.

use rust_decimal::Decimal;

use super::*;
use crate::{
    model::calendar::YearMonth,
    model::grant::{Grant, GrantShape},
};

fn d<T: From<Decimal>>(s: &str) -> T {
    T::from(s.parse::<Decimal>().expect("decimal literal"))
}

fn q(s: &str) -> Option<Quantity> {
    Some(d(s))
}

use crate::test_plans::{base, post};

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

mod what_if {
    use super::*;
    use crate::compare::stress::{stressed_plan, what_if, Scenario};

    #[test]
    fn four_stress_tests_of_the_small_plan_worked_out_by_hand() {
        let results = what_if(&base(), Locale::Nb).unwrap();
        let got: Vec<_> = results
            .iter()
            .map(|r| {
                (
                    r.scenario,
                    r.extra_net_cost,
                    r.worst_year,
                    r.worst_year_extra,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                // 300 000, 200 000 → 300 000: 2028 loses its 200 000.
                (
                    Scenario::GrantsEndYearEarlier,
                    d("200000.00"),
                    Some(2028),
                    d("200000.00")
                ),
                // 300 000, 200 000 → 300 000, 100 000.
                (
                    Scenario::GrantsHalvedFromSecondYear,
                    d("100000.00"),
                    Some(2028),
                    d("100000.00")
                ),
                // 1 % a year from May, the first time in May 2027 (the post starts in
                // January): S 2027 = 520 000 × 4/12 + 525 200 × 8/12 = 523 466.67,
                // W = 473 133.34, F = 56 776.00, A = 74 717.22: pay 604 626.56, 4 004.16 more
                // than 600 622.40. 2028: S = 525 200 × 4/12 + 530 452 × 8/12 = 528 701.33, pay
                // 610 672.81, 10 050.41 more. 2029: S = 530 452 × 4/12 + 535 756.52 × 8/12 =
                // 533 988.35, W = 482 643.32, F = 57 917.20, A = 76 219.03: pay 616 779.55,
                // 16 157.15 more. Together 30 211.72.
                (
                    Scenario::WageGrowthPlusOne,
                    d("30211.72"),
                    Some(2029),
                    d("16157.15")
                ),
                // Supervision 15 600 × 1.02 = 15 912 (+312), × 1.02² = 16 230.24 (+630.24).
                (
                    Scenario::PriceGrowthPlusTwo,
                    d("942.24"),
                    Some(2029),
                    d("630.24")
                ),
            ]
        );
        assert_eq!(
            results[0].label,
            "alle tilskudd slutter ett år tidligere enn planlagt"
        );
        assert_eq!(results[0].extra_net_cost_text, "+200 000,00 kr");
        assert_eq!(results[0].worst_year_text, "+200 000,00 kr i 2028");
    }

    #[test]
    fn every_shape_ends_a_year_earlier_or_is_halved_from_its_second_year() {
        let mut plan = base();
        plan.horizon_years = 5;
        let grant = |id: &str, shape| Grant {
            id: id.into(),
            name: id.into(),
            source: String::new(),
            first_year: 2027,
            shape,
            position_ids: vec!["p1".into()],
        };
        plan.grants = vec![
            grant(
                "per",
                GrantShape::PerFullTime {
                    amount: d("100000.01"),
                    years: 3,
                },
            ),
            grant(
                "share",
                GrantShape::ShareOfCost {
                    shares_percent: vec![d("50"), d("12.3457")],
                    yearly_cap: Some(d("200000")),
                },
            ),
            grant("once", GrantShape::OneOff { amount: d("50000") }),
            grant(
                "fixed",
                GrantShape::FixedPerYear {
                    amounts: vec![d("10000")],
                },
            ),
        ];
        let earlier = stressed_plan(&plan, Scenario::GrantsEndYearEarlier);
        // One year fewer each; a grant of one year is not paid at all.
        assert_eq!(
            earlier
                .grants
                .iter()
                .map(|g| g.id.as_str())
                .collect::<Vec<_>>(),
            ["per", "share"]
        );
        assert_eq!(earlier.grants[0].last_year(), 2028);
        assert_eq!(earlier.grants[1].last_year(), 2027);
        assert!(earlier.validate().is_empty());

        let halved = stressed_plan(&plan, Scenario::GrantsHalvedFromSecondYear);
        let shapes: Vec<_> = halved
            .grants
            .iter()
            .map(|g| (g.id.as_str(), g.first_year, g.shape.clone()))
            .collect();
        assert_eq!(
            shapes,
            [
                (
                    "per",
                    2027,
                    GrantShape::PerFullTime {
                        amount: d("100000.01"),
                        years: 1
                    }
                ),
                // 100 000.01 / 2 = 50 000.005 → 50 000.01 (half away from zero).
                (
                    "per-fra-år-2",
                    2028,
                    GrantShape::PerFullTime {
                        amount: d("50000.01"),
                        years: 2
                    }
                ),
                (
                    "share",
                    2027,
                    GrantShape::ShareOfCost {
                        shares_percent: vec![d("50")],
                        yearly_cap: Some(d("200000"))
                    }
                ),
                // 12.3457 / 2 = 6.17285 → 6.1729; the cap halves too.
                (
                    "share-fra-år-2",
                    2028,
                    GrantShape::ShareOfCost {
                        shares_percent: vec![d("6.1729")],
                        yearly_cap: Some(d("100000.00"))
                    }
                ),
                ("once", 2027, GrantShape::OneOff { amount: d("50000") }),
                (
                    "fixed",
                    2027,
                    GrantShape::FixedPerYear {
                        amounts: vec![d("10000")]
                    }
                ),
            ]
        );
        assert!(halved.validate().is_empty(), "{:?}", halved.validate());
    }

    #[test]
    fn growth_stops_at_the_highest_rate_a_plan_may_have() {
        let mut plan = base();
        plan.wage_growth_percent = d("29.5");
        let more = stressed_plan(&plan, Scenario::WageGrowthPlusOne);
        assert_eq!(more.wage_growth_percent, d("30"));
        assert!(more.validate().is_empty());
    }
}

/// The example plan with its JSON changed by `edit`.
fn example_edited(edit: impl FnOnce(&mut serde_json::Value)) -> Plan {
    let mut json = serde_json::to_value(crate::example::example_plan(2027, 10)).unwrap();
    edit(&mut json);
    crate::store::plan_file::plan_from_value(json).unwrap()
}

#[test]
fn every_input_that_differs_has_its_sentence_in_both_languages() {
    let base = crate::example::example_plan(2027, 10);
    let everything = example_edited(|p| {
        p["name"] = "Alt".into();
        p["firstYear"] = 2028.into();
        p["horizonYears"] = 8.into();
        p["organisation"]["agaZone"] = "2".into();
        p["organisation"]["agaRateOverride"] = "10.6".into();
        let posts = p["positions"].as_array_mut().unwrap();
        let second = posts.remove(1);
        for (id, title, fte) in [("p9", "Ny stilling", "40"), ("p10", "Tredje", "20")] {
            let mut new = second.clone();
            new["id"] = id.into();
            new["title"] = title.into();
            new["ftePercent"] = fte.into();
            posts.push(new);
        }
        let first = &mut posts[0];
        for (field, value) in [
            ("ftePercent", "80"),
            ("annualSalary", "500000"),
            ("start", "2028-03"),
            ("end", "2031-12"),
            ("holidayPayPercent", "10.2"),
            ("holidayWeeks", "4"),
            ("pensionPercent", "13.5"),
            ("pensionScheme", "otp"),
        ] {
            first[field] = value.into();
        }
        p["wageGrowthPercent"] = "3.5".into();
        p["regulationMonth"] = 7.into();
        p["priceGrowthPercent"] = "2.5".into();
        let grants = p["grants"].as_array_mut().unwrap();
        let mut new = grants[0].clone();
        grants[0]["firstYear"] = 2028.into();
        grants[0]["shape"]["amounts"] = serde_json::json!(["400000", "300000"]);
        grants[0]["positionIds"] = serde_json::json!(["p1"]);
        grants[0]["name"] = "Rusarbeid, nytt navn".into();
        grants[0]["source"] = "Helsedirektoratet".into();
        new["id"] = "g2".into();
        new["name"] = "Nytt tilskudd".into();
        new["firstYear"] = 2029.into();
        new["positionIds"] = serde_json::json!(["p9"]);
        grants.push(new);
        let costs = p["costItems"].as_array_mut().unwrap();
        let mut new = costs[2].clone();
        costs[0]["basis"]["price"] = "1500".into();
        costs[1]["perPosition"] = true.into();
        costs[2]["name"] = "Nettverk, nytt navn".into();
        costs.remove(3);
        costs[3]["firstYear"] = 2028.into();
        new["id"] = "x9".into();
        new["name"] = "Ny kostnad".into();
        costs.push(new);
    });
    let t1 = "Stilling 1 (Erfaringskonsulent, oppsøkende team)";
    assert_eq!(
        changes::changes(Locale::Nb, &base, &everything),
        [
            "Planen dekker 2028–2035 (grunnlaget: 2027–2036).".to_owned(),
            "Sone for arbeidsgiveravgift 2 (grunnlaget: sone 1).".into(),
            "Arbeidsgiveravgift: 10,6 % (grunnlaget: satsen for sonen).".into(),
            "3 stillinger (grunnlaget: 2).".into(),
            format!("{t1}: stillingsprosent 80 % (grunnlaget: 100 %)."),
            format!("{t1}: årslønn ved 100 % 500 000,00 kr (grunnlaget: 480 000,00 kr)."),
            format!("{t1}: starter mars 2028 (grunnlaget: jan. 2027)."),
            format!("{t1}: midlertidig til des. 2031 (grunnlaget: fast)."),
            format!("{t1}: feriepenger 10,2 % (grunnlaget: 12 %)."),
            format!(
                "{t1}: pensjon 13,5 %, obligatorisk tjenestepensjon (OTP) (grunnlaget: 12 %, \
                 offentlig tjenestepensjon (KLP, SPK eller egen kasse))."
            ),
            "Stilling 2 (Ny stilling) er ny: 40 % med årslønn 470 000,00 kr ved 100 %.".into(),
            "Stilling 3 (Tredje) er ny: 20 % med årslønn 470 000,00 kr ved 100 %.".into(),
            "Stilling 2 (Erfaringskonsulent, pårørendearbeid) i grunnlaget er ikke med.".into(),
            "Lønnsvekst 3,5 % per år (grunnlaget: 4 %).".into(),
            "Lønnsoppgjøret virker fra juli (grunnlaget: mai).".into(),
            "Prisvekst 2,5 % per år (grunnlaget: 3 %).".into(),
            "Tilskuddet «Rusarbeid, nytt navn»: nytt navn (grunnlaget: «Tilskudd til kommunalt \
             rusarbeid»), starter 2028 (grunnlaget: 2027), andre beløp eller satser, gjelder andre \
             stillinger, annen kilde."
                .into(),
            "Tilskuddet «Nytt tilskudd» er nytt.".into(),
            "Kostnaden «Ekstern veiledning (erfaren erfaringskonsulent)»: 18 000,00 kr per år \
             (grunnlaget: 15 600,00 kr)."
                .into(),
            "Kostnaden «Oppfølging fra leder»: for hver stilling (grunnlaget: for planen samlet)."
                .into(),
            "Kostnaden «Nettverk, nytt navn»: nytt navn (grunnlaget: «Regionalt nettverk for \
             erfaringskonsulenter»)."
                .into(),
            "Kostnaden «Opplæring (Erfaringsskolen)»: andre år, kategori, timer eller stilling."
                .into(),
            "Kostnaden «Ny kostnad» er ny: 4 000,00 kr per år.".into(),
            "Kostnaden «Årlig konferanse, to deltakere» i grunnlaget er ikke med.".into(),
        ]
    );
    let en = changes::changes(Locale::En, &base, &everything);
    let p1 = "Post 1 (Erfaringskonsulent, oppsøkende team)";
    for expected in [
        "The plan covers 2028–2035 (base: 2027–2036).".to_owned(),
        "Employer's contribution zone 2 (base: zone 1).".into(),
        "Employer's contribution: 10.6 % (base: the zone's rate).".into(),
        "3 posts (base: 2).".into(),
        format!("{p1}: share of full time 80 % (base: 100 %)."),
        format!("{p1}: salary at 100 % NOK 500,000.00 (base: NOK 480,000.00)."),
        format!("{p1}: starts Mar 2028 (base: Jan 2027)."),
        format!("{p1}: temporary until Dec 2031 (base: permanent)."),
        format!("{p1}: holiday pay 10.2 % (base: 12 %)."),
        format!(
            "{p1}: pension 13.5 %, mandatory occupational pension (OTP) (base: 12 %, public \
             occupational pension (KLP, SPK or own fund))."
        ),
        "The grant “Rusarbeid, nytt navn”: new name (base: “Tilskudd til kommunalt rusarbeid”), \
         starts 2028 (base: 2027), other amounts or rates, covers other posts, another source."
            .into(),
        "The cost “Nettverk, nytt navn”: new name (base: “Regionalt nettverk for \
         erfaringskonsulenter”)."
            .into(),
        "Post 2 (Erfaringskonsulent, pårørendearbeid) of the base is left out.".into(),
        "Wage growth 3.5 % a year (base: 4 %).".into(),
        "Wages are regulated in Jul (base: May).".into(),
        "Price growth 2.5 % a year (base: 3 %).".into(),
        "The grant “Nytt tilskudd” is new.".into(),
        "The cost “Ny kostnad” is new: NOK 4,000.00 a year.".into(),
        "The cost “Årlig konferanse, to deltakere” of the base is left out.".into(),
    ] {
        assert!(en.contains(&expected), "{expected}\n{en:#?}");
    }
    assert_eq!(en.len(), 24);
}
