//! Starting values for what the user adds in the wizard: a position, a grant, a cost item. They
//! follow the domain brief and the employer's kind; every figure is a default the user edits,
//! and the ones that are assumptions are marked so (the pension rate is unconfirmed).

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::units::{Nok, Percent};
use crate::{
    model::calendar::YearMonth,
    model::checklist::{ChecklistEntry, ChecklistPhase, ChecklistStatus},
    model::cost_item::{CostBasis, CostBasisKind, CostCategory, CostItem},
    model::grant::{Grant, GrantKind, GrantShape},
    model::organisation::OrganisationKind,
    model::plan::Plan,
    model::position::{HolidayTerms, HolidayTermsId, PensionScheme, Position},
};

/// A starting salary at 100 % in the middle of the range the sources report (NOK).
const DEFAULT_SALARY: i64 = 450_000;
/// Placeholder for a public scheme's pension premium, percent: an assumption to be confirmed.
const PUBLIC_PENSION_PLACEHOLDER: i64 = 12;
/// OTP minimum, percent.
const OTP_MINIMUM: i64 = 2;

fn next_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| prefix.to_owned())
}

/// The user's own checklist item, `title`, in `phase`, with an id no entry of `plan` has.
pub fn new_checklist_entry(plan: &Plan, phase: ChecklistPhase, title: &str) -> ChecklistEntry {
    ChecklistEntry {
        id: next_id("egen", |id| plan.checklist.iter().any(|e| e.id == id)),
        template_id: None,
        phase,
        title: title.trim().to_owned(),
        status: ChecklistStatus::NotStarted,
        owner: String::new(),
        due: String::new(),
        note: String::new(),
    }
}

/// A new position for `plan`: full time from January of the first year, with the holiday and
/// pension terms usual for the employer's kind.
pub fn new_position(plan: &Plan) -> Position {
    let public = plan.organisation.kind != OrganisationKind::Private;
    let terms = HolidayTerms::presets()
        .into_iter()
        .find(|t| {
            t.id == if public {
                HolidayTermsId::Tariff
            } else {
                HolidayTermsId::Statutory
            }
        })
        .unwrap_or(HolidayTerms::presets()[0]);
    Position {
        id: next_id("stilling", |id| plan.positions.iter().any(|p| p.id == id)),
        title: "Erfaringskonsulent".into(),
        fte_percent: Percent::from(Decimal::ONE_HUNDRED),
        annual_salary: Nok::from(Decimal::from(DEFAULT_SALARY)),
        start: YearMonth::new(plan.first_year, 1)
            .or_else(|| YearMonth::new(2027, 1))
            .unwrap_or(crate::example::FALLBACK),
        end: None,
        holiday_pay_percent: terms.holiday_pay_percent,
        holiday_weeks: terms.holiday_weeks,
        pension_scheme: if public {
            PensionScheme::Public
        } else {
            PensionScheme::Otp
        },
        pension_percent: Percent::from(Decimal::from(if public {
            PUBLIC_PENSION_PLACEHOLDER
        } else {
            OTP_MINIMUM
        })),
        pension_rate_confirmed: !public,
        seniority_years: 0,
    }
}

/// Where a post ends when the user makes it temporary, until they say otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TemporaryEnd {
    pub end: YearMonth,
    /// The grant the post ends with; `None` when it is the one-year default.
    pub grant_name: Option<String>,
}

/// The end suggested for a post made temporary: December of the last year a grant pays for it
/// (a grant tied to it, or to the whole plan), since such posts so often end with their grant
/// and the plan should show it; with no such grant, twelve months from its start.
pub fn temporary_end(plan: &Plan, position_id: &str) -> TemporaryEnd {
    let start = plan
        .positions
        .iter()
        .find(|p| p.id == position_id)
        .map(|p| p.start)
        .or_else(|| YearMonth::new(plan.first_year, 1))
        .unwrap_or(crate::example::FALLBACK);
    let grant = plan
        .grants
        .iter()
        .filter(|g| g.position_ids.is_empty() || g.position_ids.iter().any(|id| id == position_id))
        .filter(|g| g.last_year() >= start.year())
        .max_by_key(|g| g.last_year());
    if let Some(end) = grant.and_then(|g| YearMonth::new(g.last_year(), 12)) {
        return TemporaryEnd {
            end,
            grant_name: grant.map(|g| g.name.trim().to_owned()),
        };
    }
    // Twelve months: the month before the start, a year on.
    let (year, month) = if start.month() == 1 {
        (start.year(), 12)
    } else {
        (start.year() + 1, start.month() - 1)
    };
    TemporaryEnd {
        end: YearMonth::new(year, month).unwrap_or(start),
        grant_name: None,
    }
}

/// A new grant of `kind`, starting in the plan's first year, tied to every position.
pub fn new_grant(plan: &Plan, kind: GrantKind) -> Grant {
    let shape = match kind {
        GrantKind::PerFullTime => GrantShape::PerFullTime {
            amount: Nok::from(400_000),
            years: 3,
        },
        GrantKind::Stepped => GrantShape::Stepped {
            amounts: [400_000, 300_000, 200_000, 100_000].map(Nok::from).to_vec(),
        },
        GrantKind::ShareOfCost => GrantShape::ShareOfCost {
            shares_percent: [100, 75, 50, 25].map(Percent::from).to_vec(),
            yearly_cap: None,
        },
        GrantKind::FixedPerYear => GrantShape::FixedPerYear {
            amounts: vec![Nok::from(300_000); 3],
        },
        GrantKind::OneOff => GrantShape::OneOff {
            amount: Nok::from(100_000),
        },
    };
    Grant {
        id: next_id("tilskudd", |id| plan.grants.iter().any(|g| g.id == id)),
        name: "Tilskudd".into(),
        source: String::new(),
        first_year: plan.first_year,
        shape,
        position_ids: plan.positions.iter().map(|p| p.id.clone()).collect(),
    }
}

/// `basis` made up the other way, `to`, as the wizard's «Beregnes som» switches it. The yearly
/// amount is kept wherever the new way can say it exactly to the øre (an hourly rate and its
/// hours become as many one-hour sessions at that price; a yearly sum becomes twelve sessions
/// when it divides evenly); what cannot be carried over starts at 0 for the user to fill in. A
/// session is one hour and twelve a year unless the old basis said otherwise.
pub fn switch_cost_basis(basis: &CostBasis, to: CostBasisKind) -> CostBasis {
    if basis.kind() == to {
        return basis.clone();
    }
    let yearly = basis.yearly_amount().map_or(Decimal::ZERO, Nok::get);
    let hours = basis.yearly_hours().unwrap_or(Decimal::ZERO);
    // `a / b` when it is a whole number of øre.
    let exact = |a: Decimal, b: Decimal| {
        a.checked_div(b)
            .filter(|q| q.round_dp(2) == *q)
            .unwrap_or(Decimal::ZERO)
    };
    match to {
        CostBasisKind::PerSession => match basis {
            CostBasis::PerHour {
                rate,
                hours_per_year,
            } => CostBasis::PerSession {
                price: *rate,
                sessions_per_year: *hours_per_year,
                hours_per_session: Decimal::ONE,
            },
            CostBasis::PerSession { .. } | CostBasis::PerYear { .. } | CostBasis::Once { .. } => {
                let sessions = Decimal::from(12);
                CostBasis::PerSession {
                    price: Nok::from(exact(yearly, sessions)),
                    sessions_per_year: sessions,
                    hours_per_session: Decimal::ONE,
                }
            }
        },
        CostBasisKind::PerHour => CostBasis::PerHour {
            rate: Nok::from(exact(yearly, hours)),
            hours_per_year: hours,
        },
        CostBasisKind::PerYear => CostBasis::PerYear {
            amount: Nok::from(yearly),
        },
        CostBasisKind::Once => CostBasis::Once {
            amount: Nok::from(yearly),
        },
    }
}

/// A new cost item of `category`, with a typical basis: monthly external supervision at the
/// rate the sources report, a yearly network fee, a yearly conference, a one-off for the rest.
pub fn new_cost_item(plan: &Plan, category: CostCategory) -> CostItem {
    let nok = |n: i64| Decimal::from(n);
    let (name, basis) = match category {
        CostCategory::Supervision => (
            "Ekstern veiledning",
            CostBasis::PerSession {
                price: Nok::from(1_300),
                sessions_per_year: nok(12),
                hours_per_session: Decimal::ONE,
            },
        ),
        CostCategory::Network => (
            "Nettverk og konferanse",
            CostBasis::PerYear {
                amount: Nok::from(10_000),
            },
        ),
        CostCategory::Training => (
            "Opplæring",
            CostBasis::Once {
                amount: Nok::from(15_000),
            },
        ),
        CostCategory::Equipment => (
            "Utstyr",
            CostBasis::Once {
                amount: Nok::from(20_000),
            },
        ),
        CostCategory::Travel => (
            "Reiser",
            CostBasis::PerYear {
                amount: Nok::from(5_000),
            },
        ),
        CostCategory::Other => (
            "Annen kostnad",
            CostBasis::PerYear {
                amount: Nok::from(5_000),
            },
        ),
    };
    CostItem {
        id: next_id("kostnad", |id| plan.cost_items.iter().any(|c| c.id == id)),
        name: name.into(),
        category,
        basis,
        first_year: None,
        last_year: None,
        internal: false,
        include_internal_cost: false,
        position_id: None,
        // Supervision is for each consultant: it follows the number of posts.
        per_position: category == CostCategory::Supervision,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example::example_plan, model::organisation::OrganisationKind};

    fn per_session(price: i64, sessions: i64, hours: i64) -> CostBasis {
        CostBasis::PerSession {
            price: price.into(),
            sessions_per_year: sessions.into(),
            hours_per_session: hours.into(),
        }
    }

    #[test]
    fn switching_how_a_cost_is_made_up_keeps_the_yearly_amount_where_it_can_be_said_exactly() {
        use CostBasisKind::*;
        let monthly = per_session(1_300, 12, 1); // 15 600 kr, 12 hours a year
        assert_eq!(
            switch_cost_basis(&monthly, PerHour),
            CostBasis::PerHour {
                rate: 1_300.into(),
                hours_per_year: 12.into()
            }
        );
        assert_eq!(
            switch_cost_basis(&monthly, PerYear),
            CostBasis::PerYear {
                amount: 15_600.into()
            }
        );
        assert_eq!(
            switch_cost_basis(&monthly, Once),
            CostBasis::Once {
                amount: 15_600.into()
            }
        );
        // Back from an hourly rate: one-hour sessions at that price.
        let hourly = CostBasis::PerHour {
            rate: Nok::from(Decimal::new(95_050, 2)),
            hours_per_year: Decimal::new(75, 1),
        };
        assert_eq!(
            switch_cost_basis(&hourly, PerSession),
            CostBasis::PerSession {
                price: Nok::from(Decimal::new(95_050, 2)),
                sessions_per_year: Decimal::new(75, 1),
                hours_per_session: Decimal::ONE,
            }
        );
        // 10 000 kr a year is 833,333… a month: not said exactly, so the price starts at 0.
        let yearly = CostBasis::PerYear {
            amount: 10_000.into(),
        };
        assert_eq!(
            switch_cost_basis(&yearly, PerSession),
            per_session(0, 12, 1)
        );
        // 12 000 kr is 1 000 a month.
        let even = CostBasis::Once {
            amount: 12_000.into(),
        };
        assert_eq!(
            switch_cost_basis(&even, PerSession),
            per_session(1_000, 12, 1)
        );
        // A sum of money has no hours to carry over.
        assert_eq!(
            switch_cost_basis(&yearly, PerHour),
            CostBasis::PerHour {
                rate: Nok::from(Decimal::ZERO),
                hours_per_year: Decimal::ZERO
            }
        );
        // Two-hour sessions at 2 001 kr: 1 000,50 an hour, exact.
        assert_eq!(
            switch_cost_basis(&per_session(2_001, 10, 2), PerHour),
            CostBasis::PerHour {
                rate: Nok::from(Decimal::new(100_050, 2)),
                hours_per_year: 20.into()
            }
        );
        // The same way again changes nothing.
        assert_eq!(switch_cost_basis(&monthly, PerSession), monthly);
    }

    #[test]
    fn switching_never_panics_and_never_changes_the_yearly_amount_when_it_keeps_one() {
        use proptest::prelude::*;
        let amount = || (0i64..=100_000_000, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s));
        let basis = prop_oneof![
            (amount(), amount(), amount()).prop_map(|(p, s, h)| CostBasis::PerSession {
                price: Nok::from(p),
                sessions_per_year: s,
                hours_per_session: h
            }),
            (amount(), amount()).prop_map(|(r, h)| CostBasis::PerHour {
                rate: Nok::from(r),
                hours_per_year: h
            }),
            amount().prop_map(|a| CostBasis::PerYear {
                amount: Nok::from(a)
            }),
            amount().prop_map(|a| CostBasis::Once {
                amount: Nok::from(a)
            }),
        ];
        let kind = prop_oneof![
            Just(CostBasisKind::PerSession),
            Just(CostBasisKind::PerHour),
            Just(CostBasisKind::PerYear),
            Just(CostBasisKind::Once),
        ];
        proptest!(|(b in basis, to in kind)| {
            let switched = switch_cost_basis(&b, to);
            prop_assert_eq!(switched.kind(), to);
            let after = switched.yearly_amount().unwrap();
            prop_assert!(after.is_zero() || after == b.yearly_amount().unwrap());
        });
    }

    #[test]
    fn an_own_checklist_item_gets_a_free_id_and_the_plan_stays_valid() {
        let mut plan = example_plan(2027, 10);
        let first = new_checklist_entry(
            &plan,
            ChecklistPhase::FirstYear,
            "  Avtale om hjemmekontor ",
        );
        assert_eq!(first.id, "egen-1");
        assert_eq!(first.title, "Avtale om hjemmekontor");
        plan.checklist.push(first);
        let second = new_checklist_entry(&plan, ChecklistPhase::FirstYear, "Neste");
        assert_eq!(second.id, "egen-2");
        plan.checklist.push(second);
        assert!(plan.validate().is_empty(), "{:?}", plan.validate());
    }

    #[test]
    fn new_things_are_valid_and_get_free_ids() {
        let mut plan = example_plan(2027, 10);
        let p = new_position(&plan);
        assert_eq!(p.id, "stilling-1");
        assert_eq!(
            (p.holiday_pay_percent, p.holiday_weeks),
            (Percent::from(12), Decimal::from(5))
        );
        assert!(
            !p.pension_rate_confirmed,
            "a public placeholder rate is an assumption"
        );
        plan.positions.push(p);
        assert_eq!(new_position(&plan).id, "stilling-2");
        for kind in <GrantKind as strum::IntoEnumIterator>::iter() {
            let g = new_grant(&plan, kind);
            plan.grants.push(g);
        }
        for c in [
            CostCategory::Supervision,
            CostCategory::Network,
            CostCategory::Other,
        ] {
            let item = new_cost_item(&plan, c);
            plan.cost_items.push(item);
        }
        assert!(plan.validate().is_empty(), "{:?}", plan.validate());
        assert_eq!(
            plan.grants.last().map(|g| g.id.as_str()),
            Some("tilskudd-5")
        );
    }

    #[test]
    fn private_employers_get_statutory_holiday_and_otp() {
        let mut plan = example_plan(2027, 10);
        plan.organisation.kind = OrganisationKind::Private;
        let p = new_position(&plan);
        assert_eq!(p.holiday_pay_percent, Percent::from(Decimal::new(102, 1)));
        assert_eq!(p.pension_scheme, PensionScheme::Otp);
        assert_eq!(p.pension_percent, Percent::from(Decimal::from(2)));
    }

    #[test]
    fn a_temporary_post_ends_with_its_last_grant_or_after_a_year() {
        let mut plan = crate::example::example_plan(2027, 10);
        // The example's stepped grant pays for both posts 2027–2030.
        let end = temporary_end(&plan, "p2");
        assert_eq!(end.end, "2030-12".parse().unwrap());
        assert_eq!(
            end.grant_name.as_deref(),
            Some("Tilskudd til kommunalt rusarbeid")
        );
        // No grant for it: twelve months from its start (August 2027 → July 2028).
        plan.grants[0].position_ids = vec!["p1".into()];
        let end = temporary_end(&plan, "p2");
        assert_eq!(end.end, "2028-07".parse().unwrap());
        assert_eq!(end.grant_name, None);
        // A January start ends in December of the same year.
        assert_eq!(temporary_end(&plan, "p1").end, "2030-12".parse().unwrap());
        plan.grants.clear();
        assert_eq!(temporary_end(&plan, "p1").end, "2027-12".parse().unwrap());
    }
}
