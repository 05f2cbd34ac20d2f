//! «Hva er forskjellig»: how an alternative's inputs differ from the base's, in words. Posts,
//! grants and other costs are matched by id (an alternative is a copy, so its posts keep their
//! ids); one without a match was added or removed.

use super::words::{self, Change};
use crate::{
    model::plan::Plan,
    text::{position_label, Locale},
};

/// What differs in `other`'s inputs from `base`'s, one sentence each, in the order the wizard
/// asks for them: years and the employer, posts, assumptions, grants, other costs.
pub fn changes(locale: Locale, base: &Plan, other: &Plan) -> Vec<String> {
    let mut out: Vec<Change> = Vec::new();
    if (base.first_year, base.horizon_years) != (other.first_year, other.horizon_years) {
        out.push(Change::Years {
            from: (base.first_year, base.last_year()),
            to: (other.first_year, other.last_year()),
        });
    }
    let (bo, oo) = (&base.organisation, &other.organisation);
    if bo.aga_zone != oo.aga_zone {
        out.push(Change::Zone {
            from: bo.aga_zone.as_str(),
            to: oo.aga_zone.as_str(),
        });
    }
    if bo.aga_rate_override != oo.aga_rate_override {
        out.push(Change::AgaOverride {
            from: bo.aga_rate_override,
            to: oo.aga_rate_override,
        });
    }

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
        if was.fte_percent != post.fte_percent {
            out.push(Change::PostFte {
                label: label.clone(),
                from: was.fte_percent,
                to: post.fte_percent,
            });
        }
        if was.annual_salary != post.annual_salary {
            out.push(Change::PostSalary {
                label: label.clone(),
                from: was.annual_salary,
                to: post.annual_salary,
            });
        }
        if was.start != post.start {
            out.push(Change::PostStart {
                label: label.clone(),
                from: was.start,
                to: post.start,
            });
        }
        if was.end != post.end {
            out.push(Change::PostEnd {
                label: label.clone(),
                from: was.end,
                to: post.end,
            });
        }
        if (was.holiday_pay_percent, was.holiday_weeks)
            != (post.holiday_pay_percent, post.holiday_weeks)
        {
            out.push(Change::PostHoliday {
                label: label.clone(),
                from: was.holiday_pay_percent,
                to: post.holiday_pay_percent,
            });
        }
        if (was.pension_scheme, was.pension_percent) != (post.pension_scheme, post.pension_percent)
        {
            out.push(Change::PostPension {
                label,
                from: was.pension_percent,
                to: post.pension_percent,
            });
        }
    }
    for (i, post) in base.positions.iter().enumerate() {
        if !other.positions.iter().any(|p| p.id == post.id) {
            out.push(Change::PostRemoved {
                label: position_label(locale, i + 1, &post.title),
            });
        }
    }

    if base.wage_growth_percent != other.wage_growth_percent {
        out.push(Change::WageGrowth {
            from: base.wage_growth_percent,
            to: other.wage_growth_percent,
        });
    }
    if base.regulation_month != other.regulation_month {
        out.push(Change::RegulationMonth {
            from: base.regulation_month,
            to: other.regulation_month,
        });
    }
    if base.price_growth_percent != other.price_growth_percent {
        out.push(Change::PriceGrowth {
            from: base.price_growth_percent,
            to: other.price_growth_percent,
        });
    }

    for grant in &other.grants {
        match base.grants.iter().find(|g| g.id == grant.id) {
            None => out.push(Change::GrantAdded {
                name: grant.name.clone(),
            }),
            Some(was) if was != grant => out.push(Change::GrantChanged {
                name: grant.name.clone(),
                first_year: (was.first_year != grant.first_year)
                    .then_some((was.first_year, grant.first_year)),
                amounts: was.shape != grant.shape,
                posts: was.position_ids != grant.position_ids,
            }),
            Some(_) => {}
        }
    }
    for grant in &base.grants {
        if !other.grants.iter().any(|g| g.id == grant.id) {
            out.push(Change::GrantRemoved {
                name: grant.name.clone(),
            });
        }
    }

    for item in &other.cost_items {
        let yearly = item.basis.yearly_amount().ok();
        match base.cost_items.iter().find(|c| c.id == item.id) {
            None => out.push(Change::CostAdded {
                name: item.name.clone(),
                yearly,
            }),
            Some(was) if was != item => {
                let was_yearly = was.basis.yearly_amount().ok();
                out.push(Change::CostChanged {
                    name: item.name.clone(),
                    amount: (was_yearly != yearly)
                        .then_some((was_yearly, yearly))
                        .and_then(|(a, b)| Some((a?, b?))),
                    per_post: (was.per_position != item.per_position).then_some(item.per_position),
                });
            }
            Some(_) => {}
        }
    }
    for item in &base.cost_items {
        if !other.cost_items.iter().any(|c| c.id == item.id) {
            out.push(Change::CostRemoved {
                name: item.name.clone(),
            });
        }
    }

    out.iter().map(|c| words::change(locale, c)).collect()
}
