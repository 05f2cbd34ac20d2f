//! What the plan still lacks, step by step: not errors (the user may fill it in later, and the
//! figures can be computed without it), but what the wizard marks «Mangler» on a step and names
//! at the top of it, each with a link to the field that fills it. Said here once; the UI only
//! words it.

use serde::Serialize;
use ts_rs::TS;

use crate::{
    model::cost_item::CostCategory,
    model::plan::{Plan, WizardStep},
    model::position::PensionScheme,
};

/// One thing a step lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum MissingKind {
    /// The organisation's name, printed on the hiring plan.
    OrganisationName,
    /// The plan has no post yet.
    NoPositions,
    /// A public pension scheme's rate has not been checked with the provider.
    PensionRateNotConfirmed,
    /// There are grants, but not a word on how the posts are paid for when they end.
    FinancingAfterGrants,
    /// There are posts, but no supervision is planned.
    NoSupervision,
}

/// One thing missing, where it is filled in, and for which post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Missing {
    pub kind: MissingKind,
    pub step: WizardStep,
    /// The field path that fills it in (`positions[1].pensionRateConfirmed`), or the part of
    /// the plan to add to (`positions`, `costItems`).
    pub field: String,
    /// The post it is about, numbered from 1 as the wizard shows it.
    pub position_number: Option<usize>,
    /// That post's title, so two posts are told apart.
    pub position_title: Option<String>,
}

impl Missing {
    fn new(kind: MissingKind, field: impl Into<String>) -> Self {
        let field = field.into();
        Self {
            kind,
            // The step that owns the field, as for an error in it.
            step: WizardStep::of_field(&field),
            field,
            position_number: None,
            position_title: None,
        }
    }
}

/// Everything the plan lacks, in the order of the wizard's steps.
pub fn missing(plan: &Plan) -> Vec<Missing> {
    let mut out = Vec::new();
    if plan.organisation.name.trim().is_empty() {
        out.push(Missing::new(
            MissingKind::OrganisationName,
            "organisation.name",
        ));
    }
    if plan.positions.is_empty() {
        out.push(Missing::new(MissingKind::NoPositions, "positions"));
    }
    for (i, p) in plan.positions.iter().enumerate() {
        if p.pension_scheme == PensionScheme::Public && !p.pension_rate_confirmed {
            out.push(Missing {
                position_number: Some(i + 1),
                position_title: Some(p.title.clone()),
                ..Missing::new(
                    MissingKind::PensionRateNotConfirmed,
                    format!("positions[{i}].pensionRateConfirmed"),
                )
            });
        }
    }
    if !plan.grants.is_empty() && plan.financing_after_grants.trim().is_empty() {
        out.push(Missing::new(
            MissingKind::FinancingAfterGrants,
            "financingAfterGrants",
        ));
    }
    let supervised = plan
        .cost_items
        .iter()
        .any(|c| c.category == CostCategory::Supervision);
    if !plan.positions.is_empty() && !supervised {
        out.push(Missing::new(MissingKind::NoSupervision, "costItems"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example::example_plan, model::plan::NewPlanRequest};

    fn kinds(plan: &Plan) -> Vec<(MissingKind, WizardStep, String)> {
        missing(plan)
            .into_iter()
            .map(|m| (m.kind, m.step, m.field))
            .collect()
    }

    #[test]
    fn a_new_plan_lacks_its_organisation_and_a_post() {
        let plan = Plan::new(&NewPlanRequest {
            name: "Ny".into(),
            today: "2026-12-02".into(),
        })
        .unwrap();
        assert_eq!(
            kinds(&plan),
            [
                (
                    MissingKind::OrganisationName,
                    WizardStep::Organisation,
                    "organisation.name".into()
                ),
                (
                    MissingKind::NoPositions,
                    WizardStep::Role,
                    "positions".into()
                ),
            ]
        );
    }

    #[test]
    fn each_post_with_an_unconfirmed_public_pension_is_named() {
        let mut plan = example_plan(2027, 10);
        assert!(missing(&plan).is_empty(), "{:?}", missing(&plan));
        plan.positions[1].pension_rate_confirmed = false;
        plan.positions[1].title = "Erfaringskonsulent, pårørende".into();
        let found = missing(&plan);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, MissingKind::PensionRateNotConfirmed);
        assert_eq!(found[0].step, WizardStep::Salary);
        assert_eq!(found[0].field, "positions[1].pensionRateConfirmed");
        assert_eq!(found[0].position_number, Some(2));
        assert_eq!(
            found[0].position_title.as_deref(),
            Some("Erfaringskonsulent, pårørende")
        );
        // An OTP rate is the legal minimum, nothing to confirm.
        plan.positions[1].pension_scheme = PensionScheme::Otp;
        assert!(missing(&plan).is_empty());
    }

    #[test]
    fn grants_need_a_word_on_what_comes_after_and_posts_need_supervision() {
        let mut plan = example_plan(2027, 10);
        plan.financing_after_grants = "  ".into();
        plan.cost_items
            .retain(|c| c.category != CostCategory::Supervision);
        assert_eq!(
            kinds(&plan),
            [
                (
                    MissingKind::FinancingAfterGrants,
                    WizardStep::Grants,
                    "financingAfterGrants".into()
                ),
                (
                    MissingKind::NoSupervision,
                    WizardStep::Supervision,
                    "costItems".into()
                ),
            ]
        );
        // Without grants or posts, neither is asked for.
        plan.grants.clear();
        plan.positions.clear();
        assert_eq!(
            kinds(&plan),
            [(
                MissingKind::NoPositions,
                WizardStep::Role,
                "positions".into()
            )]
        );
    }
}
