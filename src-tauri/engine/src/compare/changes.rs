//! «Hva er forskjellig»: how an alternative's inputs differ from the base's, in words. Posts,
//! grants and other costs are matched by id (an alternative is a copy, so its posts keep their
//! ids); one without a match was added or removed.

use crate::text::comparison::{self as words, Change, Input, Removed, Shown};
use crate::{
    model::plan::Plan,
    text::{position_label, Locale},
};

/// What differs in `other`'s inputs from `base`'s, one sentence each, in the order the wizard
/// asks for them: years and the employer, posts, assumptions, grants, other costs.
pub fn changes(locale: Locale, base: &Plan, other: &Plan) -> Vec<String> {
    let mut out = values(plan_inputs(base, other));
    out.extend(posts(locale, base, other));
    out.extend(values(assumptions(base, other)));
    out.extend(grants(base, other));
    out.extend(costs(base, other));
    out.iter().map(|c| words::change(locale, c)).collect()
}

/// The plan's inputs that differ, as sentences of their own.
fn values<const N: usize>(inputs: [(Input, Shown, Shown); N]) -> Vec<Change> {
    inputs
        .into_iter()
        .filter(|(_, from, to)| from != to)
        .map(|(input, from, to)| Change::Value {
            post: None,
            input,
            from,
            to,
        })
        .collect()
}

/// The years and the employer's contribution.
fn plan_inputs(base: &Plan, other: &Plan) -> [(Input, Shown, Shown); 3] {
    let (bo, oo) = (&base.organisation, &other.organisation);
    [
        (
            Input::Years,
            Shown::Years(base.first_year, base.last_year()),
            Shown::Years(other.first_year, other.last_year()),
        ),
        (
            Input::Zone,
            Shown::Zone(bo.aga_zone.as_str()),
            Shown::Zone(oo.aga_zone.as_str()),
        ),
        (
            Input::AgaRate,
            Shown::Rate(bo.aga_rate_override),
            Shown::Rate(oo.aga_rate_override),
        ),
    ]
}

/// The growth and the month wages are regulated.
fn assumptions(base: &Plan, other: &Plan) -> [(Input, Shown, Shown); 3] {
    [
        (
            Input::WageGrowth,
            Shown::Percent(base.wage_growth_percent),
            Shown::Percent(other.wage_growth_percent),
        ),
        (
            Input::RegulationMonth,
            Shown::MonthOfYear(base.regulation_month),
            Shown::MonthOfYear(other.regulation_month),
        ),
        (
            Input::PriceGrowth,
            Shown::Percent(base.price_growth_percent),
            Shown::Percent(other.price_growth_percent),
        ),
    ]
}

/// How many posts; each post of `other` that is new or differs; each of `base` left out.
fn posts(locale: Locale, base: &Plan, other: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    if base.positions.len() != other.positions.len() {
        out.push(Change::PostCount {
            from: base.positions.len(),
            to: other.positions.len(),
        });
    }
    for (i, post) in other.positions.iter().enumerate() {
        let label = position_label(locale, i + 1, &post.title);
        let Some(was) = base.positions.iter().find(|p| p.id == post.id) else {
            out.push(Change::PostAdded {
                label,
                fte: post.fte_percent,
                salary: post.annual_salary,
            });
            continue;
        };
        // Each input, whether it differs (holiday weeks count, though the sentence names only the
        // percentage; a pension scheme that changed is named), and its two values.
        let inputs = [
            (
                Input::Fte,
                was.fte_percent != post.fte_percent,
                Shown::Percent(was.fte_percent),
                Shown::Percent(post.fte_percent),
            ),
            (
                Input::Salary,
                was.annual_salary != post.annual_salary,
                Shown::Nok(was.annual_salary),
                Shown::Nok(post.annual_salary),
            ),
            (
                Input::Start,
                was.start != post.start,
                Shown::Month(was.start),
                Shown::Month(post.start),
            ),
            (
                Input::End,
                was.end != post.end,
                Shown::End(was.end),
                Shown::End(post.end),
            ),
            (
                Input::HolidayPay,
                (was.holiday_pay_percent, was.holiday_weeks)
                    != (post.holiday_pay_percent, post.holiday_weeks),
                Shown::Percent(was.holiday_pay_percent),
                Shown::Percent(post.holiday_pay_percent),
            ),
            (
                Input::Pension,
                (was.pension_scheme, was.pension_percent)
                    != (post.pension_scheme, post.pension_percent),
                pension(was, was.pension_scheme != post.pension_scheme),
                pension(post, was.pension_scheme != post.pension_scheme),
            ),
        ];
        out.extend(
            inputs
                .into_iter()
                .filter(|(_, differs, _, _)| *differs)
                .map(|(input, _, from, to)| Change::Value {
                    post: Some(label.clone()),
                    input,
                    from,
                    to,
                }),
        );
    }
    for (i, post) in base.positions.iter().enumerate() {
        if !other.positions.iter().any(|p| p.id == post.id) {
            let label = position_label(locale, i + 1, &post.title);
            out.push(Change::Removed(Removed::Post(label)));
        }
    }
    out
}

/// A post's pension rate, with its scheme when the scheme is what changed.
fn pension(post: &crate::model::position::Position, scheme_changed: bool) -> Shown {
    if scheme_changed {
        Shown::Pension(post.pension_percent, post.pension_scheme)
    } else {
        Shown::Percent(post.pension_percent)
    }
}

/// Each grant of `other` that is new or differs; each of `base` left out.
fn grants(base: &Plan, other: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    for grant in &other.grants {
        match base.grants.iter().find(|g| g.id == grant.id) {
            None => out.push(Change::GrantAdded {
                name: grant.name.clone(),
            }),
            Some(was) if was != grant => out.push(Change::GrantChanged {
                name: grant.name.clone(),
                renamed_from: (was.name != grant.name).then(|| was.name.clone()),
                first_year: (was.first_year != grant.first_year)
                    .then_some((was.first_year, grant.first_year)),
                amounts: was.shape != grant.shape,
                posts: was.position_ids != grant.position_ids,
                source: was.source != grant.source,
            }),
            Some(_) => {}
        }
    }
    for grant in &base.grants {
        if !other.grants.iter().any(|g| g.id == grant.id) {
            out.push(Change::Removed(Removed::Grant(grant.name.clone())));
        }
    }
    out
}

/// Each other cost of `other` that is new or differs; each of `base` left out.
fn costs(base: &Plan, other: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    for item in &other.cost_items {
        let yearly = item.basis.yearly_amount().ok();
        match base.cost_items.iter().find(|c| c.id == item.id) {
            None => out.push(Change::CostAdded {
                name: item.name.clone(),
                yearly,
            }),
            Some(was) if was != item => {
                let was_yearly = was.basis.yearly_amount().ok();
                let amount = (was_yearly != yearly)
                    .then_some((was_yearly, yearly))
                    .and_then(|(a, b)| Some((a?, b?)));
                // What the sentence names taken as the alternative's: anything still different
                // is said in general words.
                let mut rest = was.clone();
                rest.name.clone_from(&item.name);
                rest.per_position = item.per_position;
                if amount.is_some() {
                    rest.basis = item.basis.clone();
                }
                out.push(Change::CostChanged {
                    name: item.name.clone(),
                    renamed_from: (was.name != item.name).then(|| was.name.clone()),
                    amount,
                    per_post: (was.per_position != item.per_position).then_some(item.per_position),
                    other: rest != *item,
                });
            }
            Some(_) => {}
        }
    }
    for item in &base.cost_items {
        if !other.cost_items.iter().any(|c| c.id == item.id) {
            out.push(Change::Removed(Removed::Cost(item.name.clone())));
        }
    }
    out
}
