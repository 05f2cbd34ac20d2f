//! Plan generators shared by the property tests and the fuzzer.

#![allow(dead_code)] // each test file uses some of them

use erfaringsplan_engine::units::{Nok, Percent};
use erfaringsplan_engine::{
    model::calendar::YearMonth,
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::{Grant, GrantShape},
    model::plan::Plan,
    model::position::{PensionScheme, Position},
    rules::aga::AgaZone,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A decimal with `scale` decimals between `lo` and `hi` (in units of 10^-scale).
pub fn dec(lo: i64, hi: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (lo..=hi).prop_map(move |n| Decimal::new(n, scale))
}

pub fn zone() -> impl Strategy<Value = AgaZone> {
    prop::sample::select(AgaZone::ALL.to_vec())
}

pub fn month_in(first: i32, years: i32) -> impl Strategy<Value = YearMonth> {
    ((first - 2)..(first + years), 1u8..=12).prop_map(|(y, m)| YearMonth::new(y, m).unwrap())
}

pub fn position(i: usize, first: i32, years: i32) -> impl Strategy<Value = Position> {
    (
        dec(100, 10_000, 2),      // FTE 1.00–100.00
        dec(100, 200_000_000, 2), // salary 1.00–2 000 000.00
        month_in(first, years),
        prop::option::of(0i64..60), // months until the end
        dec(0, 1_500, 2),           // holiday pay 0–15 %
        dec(0, 600, 2),             // holiday weeks 0–6
        dec(0, 2_500, 2),           // pension 0–25 %
    )
        .prop_map(
            move |(fte, salary, start, end_after, hp, weeks, pension)| Position {
                id: format!("p{i}"),
                title: format!("Stilling {i}"),
                fte_percent: Percent::from(fte),
                annual_salary: Nok::from(salary),
                start,
                end: end_after.and_then(|n| {
                    let idx = start.index() + n;
                    YearMonth::new(
                        i32::try_from(idx / 12).ok()?,
                        u8::try_from(idx % 12 + 1).ok()?,
                    )
                }),
                holiday_pay_percent: Percent::from(hp),
                holiday_weeks: weeks,
                pension_scheme: PensionScheme::Public,
                pension_percent: Percent::from(pension),
                pension_rate_confirmed: true,
                seniority_years: 0,
            },
        )
}

pub fn cost_item(
    i: usize,
    first: i32,
    last: i32,
    n_positions: usize,
) -> impl Strategy<Value = CostItem> {
    let basis = prop_oneof![
        (dec(0, 500_000, 2), dec(0, 5_200, 2), dec(0, 400, 2)).prop_map(
            |(price, sessions, hours)| {
                CostBasis::PerSession {
                    price: Nok::from(price),
                    sessions_per_year: sessions,
                    hours_per_session: hours,
                }
            }
        ),
        (dec(0, 200_000, 2), dec(0, 200_000, 2)).prop_map(|(rate, hours)| CostBasis::PerHour {
            rate: Nok::from(rate),
            hours_per_year: hours
        }),
        dec(0, 10_000_000, 2).prop_map(|amount| CostBasis::PerYear {
            amount: Nok::from(amount)
        }),
        dec(0, 10_000_000, 2).prop_map(|amount| CostBasis::Once {
            amount: Nok::from(amount)
        }),
    ];
    let category = prop::sample::select(vec![
        CostCategory::Supervision,
        CostCategory::Training,
        CostCategory::Network,
        CostCategory::Other,
    ]);
    (
        basis,
        category,
        first..=last,
        any::<bool>(),
        any::<bool>(),
        prop::option::of(0..n_positions.max(1)),
    )
        .prop_map(
            move |(basis, category, from, internal, include, pos)| CostItem {
                id: format!("c{i}"),
                name: format!("Kostnad {i}"),
                category,
                basis,
                first_year: Some(from),
                last_year: None,
                internal,
                include_internal_cost: include,
                position_id: if n_positions == 0 {
                    None
                } else {
                    pos.map(|p| format!("p{p}"))
                },
                per_position: include && !internal,
            },
        )
}

pub fn grant(i: usize, first: i32, last: i32, n_positions: usize) -> impl Strategy<Value = Grant> {
    let shape = prop_oneof![
        (dec(0, 100_000_000, 2), 1u32..=10).prop_map(|(amount, years)| GrantShape::PerFullTime {
            amount: Nok::from(amount),
            years
        }),
        prop::collection::vec(dec(0, 100_000_000, 2), 1..6).prop_map(|amounts| {
            GrantShape::Stepped {
                amounts: amounts.into_iter().map(Nok::from).collect(),
            }
        }),
        (
            prop::collection::vec(dec(0, 10_000, 2), 1..6),
            prop::option::of(dec(0, 100_000_000, 2))
        )
            .prop_map(|(shares, cap)| GrantShape::ShareOfCost {
                shares_percent: shares.into_iter().map(Percent::from).collect(),
                yearly_cap: cap.map(Nok::from)
            }),
        prop::collection::vec(dec(0, 100_000_000, 2), 1..6).prop_map(|amounts| {
            GrantShape::FixedPerYear {
                amounts: amounts.into_iter().map(Nok::from).collect(),
            }
        }),
        dec(0, 200_000_000, 2).prop_map(|amount| GrantShape::OneOff {
            amount: Nok::from(amount)
        }),
    ];
    (
        shape,
        first..=last,
        prop::collection::btree_set(0..n_positions.max(1), 0..=n_positions),
    )
        .prop_map(move |(shape, from, tied)| Grant {
            id: format!("g{i}"),
            name: format!("Tilskudd {i}"),
            source: String::new(),
            first_year: from,
            shape,
            position_ids: if n_positions == 0 {
                vec![]
            } else {
                tied.into_iter().map(|p| format!("p{p}")).collect()
            },
        })
}

prop_compose! {
    /// Any plan of up to 12 years, 3 positions, 3 cost items and 3 grants, mostly valid.
    pub fn plan()(first in 2020i32..2060, horizon in 1u32..=12, zone in zone(),
               wage in dec(0, 300, 1), price in dec(0, 300, 1), reg in 1u8..=12,
               n_pos in 0usize..4, n_items in 0usize..4, n_grants in 0usize..4)
        (positions in (0..n_pos).map(|i| position(i, first, horizon as i32)).collect::<Vec<_>>(),
         items in (0..n_items).map(|i| cost_item(i, first, first + horizon as i32 - 1, n_pos)).collect::<Vec<_>>(),
         grants in (0..n_grants).map(|i| grant(i, first, first + horizon as i32 - 1, n_pos)).collect::<Vec<_>>(),
         first in Just(first), horizon in Just(horizon), zone in Just(zone),
         wage in Just(wage), price in Just(price), reg in Just(reg))
        -> Plan
    {
        let mut plan = erfaringsplan_engine::example::example_plan(first, horizon);
        plan.organisation.aga_zone = zone;
        plan.wage_growth_percent = Percent::from(wage);
        plan.price_growth_percent = Percent::from(price);
        plan.regulation_month = reg;
        plan.positions = positions;
        plan.cost_items = items;
        plan.grants = grants;
        plan
    }
}
