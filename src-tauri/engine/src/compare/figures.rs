//! The key figures of a comparison, each read from a plan's projection (or, for the posts, from
//! the plan), and the differences between them.

use rust_decimal::{Decimal, RoundingStrategy};
use strum::IntoEnumIterator;

use super::{Difference, Figure, FigureKey, FigureUnit, NamedPlan};
use crate::{
    decimal,
    error::Result,
    model::cost_item::CostCategory,
    projection::{Projection, Warning},
    text::{comparison, Locale},
    units::{Percent, Quantity},
};

impl FigureKey {
    /// The figure for one plan.
    fn value(self, named: &NamedPlan, p: &Projection) -> Result<Option<Decimal>> {
        let count = |n: usize| Ok(Some(Decimal::from(n)));
        let warnings =
            |is: fn(&Warning) -> bool| count(p.warnings.iter().filter(|w| is(w)).count());
        match self {
            Self::TotalCost => Ok(Some(p.totals.total_cost.get())),
            Self::Grants => Ok(Some(p.totals.grants.get())),
            Self::NetCost => Ok(Some(p.totals.net_cost.get())),
            Self::FundingCliffYear => Ok(p.funding_cliff.as_ref().map(|c| c.year.into())),
            Self::FundingCliffJump => Ok(p.funding_cliff.as_ref().map(|c| c.jump.get())),
            Self::PaysInFullFrom => Ok(p.employer_pays_in_full_from.map(Decimal::from)),
            Self::Posts => count(named.plan.positions.len()),
            Self::FullTimeEquivalents => {
                let percent =
                    decimal::sum(named.plan.positions.iter().map(|x| x.fte_percent.get()))?;
                Ok(Some(
                    decimal::div(percent, Decimal::ONE_HUNDRED)?.normalize(),
                ))
            }
            Self::SupervisionHoursPerYear => {
                let hours = supervision(p, |y| y.hours)?;
                average(p, hours, 2).map(|h| Some(h.normalize()))
            }
            Self::SupervisionCostPerYear => {
                let cost = supervision(p, |y| y.cost.get())?;
                average(p, cost, 2).map(|c| Some(decimal::round_ore(c)))
            }
            Self::WorkingAlone => warnings(|w| matches!(w, Warning::WorkingAlone)),
            Self::PartTime => warnings(|w| matches!(w, Warning::LowFte { .. })),
            Self::TemporaryEndsWithGrant => {
                warnings(|w| matches!(w, Warning::TemporaryEndsWithGrant { .. }))
            }
            Self::NoSupervision => warnings(|w| matches!(w, Warning::NoSupervision { .. })),
        }
    }
}

/// A supervision figure added up over every supervision item and year.
fn supervision(
    p: &Projection,
    figure: fn(&crate::projection::CostItemYear) -> Decimal,
) -> Result<Decimal> {
    decimal::sum(
        p.cost_items
            .iter()
            .filter(|c| c.category == CostCategory::Supervision)
            .flat_map(|c| c.years.iter().map(figure)),
    )
}

/// `total` a year over the projection's years, rounded to `dp` decimals (half away from zero).
fn average(p: &Projection, total: Decimal, dp: u32) -> Result<Decimal> {
    let years = Decimal::from(p.years.len().max(1));
    Ok(decimal::div(total, years)?
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero))
}

/// Every key figure for every plan, with the differences from the first.
pub(super) fn figures(
    compared: &[(&NamedPlan, &Projection)],
    locale: Locale,
) -> Result<Vec<Figure>> {
    FigureKey::iter()
        .map(|key| {
            let values = compared
                .iter()
                .map(|(named, p)| key.value(named, p))
                .collect::<Result<Vec<_>>>()?;
            let base = values.first().copied().flatten();
            let differences = values
                .iter()
                .enumerate()
                .map(|(i, &value)| match (i, base, value) {
                    (0, _, _) | (_, None, _) | (_, _, None) => Ok(None),
                    (_, Some(base), Some(value)) => difference(key.unit(), base, value).map(Some),
                })
                .collect::<Result<Vec<_>>>()?;
            let values: Vec<Option<Quantity>> =
                values.into_iter().map(|v| v.map(Quantity::from)).collect();
            let unit = key.unit();
            Ok(Figure {
                key,
                unit,
                label: comparison::figure_label(locale, key).to_owned(),
                value_texts: values
                    .iter()
                    .map(|v| comparison::value_text(locale, unit, *v))
                    .collect(),
                difference_texts: differences
                    .iter()
                    .map(|d| comparison::difference_text(locale, unit, d.as_ref()))
                    .collect(),
                values,
                differences,
            })
        })
        .collect()
}

/// `value − base`, and for kroner and hours the share of the base it is.
fn difference(unit: FigureUnit, base: Decimal, value: Decimal) -> Result<Difference> {
    let amount = decimal::sub(value, base)?;
    let percent = match unit {
        FigureUnit::Kroner | FigureUnit::Hours if !base.is_zero() => {
            let share = decimal::div(decimal::mul(amount, Decimal::ONE_HUNDRED)?, base.abs())?;
            Some(Percent::from(share.round_dp_with_strategy(
                1,
                RoundingStrategy::MidpointAwayFromZero,
            )))
        }
        FigureUnit::Kroner
        | FigureUnit::Hours
        | FigureUnit::Year
        | FigureUnit::Count
        | FigureUnit::FullTimeEquivalents => None,
    };
    Ok(Difference {
        amount: Quantity::from(amount),
        percent,
    })
}
