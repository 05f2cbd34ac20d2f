//! The names of the plan's kinds and choices (organisation kinds, tasks, cost categories,
//! checklist phases and states, pension schemes, grant kinds, holiday terms, months, permanent
//! or temporary, the year table's columns, the budget lines, and the headings the screen shares
//! with them), in both languages, as the documents print them. The UI gets them generated
//! (`ui/src/bindings/vocabulary.ts`), so the screen and the documents say each in the same words
//! and the UI's catalogue keeps only what belongs to the screen.

use serde::Serialize;
use strum::IntoEnumIterator;

use super::{
    budget, comparison, missing_heading, nothing_to_pay, portfolio, words, workbook, Locale,
};
use crate::model::{
    checklist::{ChecklistPhase, ChecklistStatus},
    cost_item::CostCategory,
    grant::GrantKind,
    organisation::OrganisationKind,
    position::{HolidayTerms, PensionScheme, RoleTask},
};
use crate::projection::budget::CodeOrigin;
use crate::rules::kostra::BudgetLine;

/// One group of names: each key (an enum's name as it crosses IPC, or a column's) and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: &'static str,
    pub labels: Vec<(String, String)>,
}

/// How `value` crosses IPC: `"beforeAdvertising"`.
fn key(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn group<T: Serialize + Copy>(
    name: &'static str,
    items: impl IntoIterator<Item = T>,
    label: impl Fn(T) -> String,
) -> Group {
    Group {
        name,
        labels: items.into_iter().map(|t| (key(t), label(t))).collect(),
    }
}

/// The headings and sentences the screen shares with the documents.
fn document(locale: Locale) -> Vec<(String, String)> {
    let (w, cw) = (words::words(locale), comparison::comparison_words(locale));
    [
        ("comparison", cw.title),
        ("keyFigure", cw.figure),
        ("comparisonYears", cw.net_cost_by_year),
        ("whatDiffers", cw.what_differs),
        ("noChanges", cw.no_changes),
        ("whatIf", cw.what_if),
        ("whatIfIf", cw.col_scenario),
        ("whatIfExtraTotal", cw.col_extra_total),
        ("whatIfWorstYear", cw.col_worst_year),
        ("missing", missing_heading(locale)),
        ("warnings", w.warnings),
        ("noWarnings", w.no_warnings),
        ("noneAtWork", nothing_to_pay(locale, 1)),
        ("yearByYear", workbook::words(locale).years_title),
        ("chartGrants", w.chart_grant),
        ("chartEmployer", w.chart_employer),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

/// The portfolio's headings and columns, as its table and documents print them.
fn portfolio_words(locale: Locale) -> Vec<(String, String)> {
    let w = portfolio::words(locale);
    [
        ("title", w.title),
        ("plansCounted", w.plans_counted),
        ("leftOut", w.left_out),
        ("posts", w.col_posts),
        ("fullTimeEquivalents", w.col_fte),
        ("change", w.col_change),
        ("grantsHeading", w.grants_heading),
        ("plan", w.col_plan),
        ("paidYears", w.col_paid_years),
        ("paysNothing", w.pays_nothing),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

/// The budget lines' headings, columns and notes.
fn budget_words(locale: Locale) -> Vec<(String, String)> {
    let w = budget::words(locale);
    [
        ("title", w.title),
        ("function", w.col_function),
        ("art", w.col_art),
        ("line", w.col_line),
        ("origin", w.col_origin),
        ("total", w.col_total),
        ("chartNote", w.chart_note.as_str()),
        ("unsetNote", w.unset_note),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

/// Every group, in `locale`.
pub fn vocabulary(locale: Locale) -> Vec<Group> {
    let w = words::words(locale);
    let columns = [
        ("year", w.col_year),
        ("payroll", w.col_payroll),
        ("other", w.col_other),
        ("total", w.col_total),
        ("grants", w.col_grants),
        ("net", w.col_net),
        ("runningNet", w.col_running),
    ];
    vec![
        group("organisationKind", OrganisationKind::iter(), |k| {
            words::kind(locale, k).to_owned()
        }),
        group("roleTask", RoleTask::iter(), |t| {
            words::task(locale, t).to_owned()
        }),
        group("costCategory", CostCategory::iter(), |c| {
            words::category(locale, c).to_owned()
        }),
        group("checklistPhase", ChecklistPhase::iter(), |p| {
            words::phase(locale, p).to_owned()
        }),
        group("checklistStatus", ChecklistStatus::iter(), |s| {
            words::status(locale, s).to_owned()
        }),
        group("pensionScheme", PensionScheme::iter(), |s| {
            words::scheme_name(locale, s).to_owned()
        }),
        group("grantKind", GrantKind::iter(), |k| {
            words::grant_kind(locale, k).to_owned()
        }),
        Group {
            name: "holidayTerms",
            labels: HolidayTerms::presets()
                .iter()
                .map(|t| (key(t.id), words::holiday_terms_name(locale, t)))
                .collect(),
        },
        Group {
            name: "month",
            labels: (1u8..=12)
                .map(|m| (m.to_string(), w.month_names[usize::from(m - 1)].to_owned()))
                .collect(),
        },
        Group {
            name: "employment",
            labels: vec![
                ("permanent".to_owned(), w.permanent.to_owned()),
                ("temporary".to_owned(), w.temporary.to_owned()),
            ],
        },
        Group {
            name: "document",
            labels: document(locale),
        },
        Group {
            name: "portfolio",
            labels: portfolio_words(locale),
        },
        group("budgetLine", BudgetLine::iter(), |l| {
            budget::line(locale, l).to_owned()
        }),
        group(
            "codeOrigin",
            [CodeOrigin::Chart, CodeOrigin::User, CodeOrigin::Unset].into_iter(),
            |o| budget::origin(locale, o).to_owned(),
        ),
        Group {
            name: "budget",
            labels: budget_words(locale),
        },
        Group {
            name: "tableColumn",
            labels: columns
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        },
    ]
}

/// A string as TypeScript source.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// `ui/src/bindings/vocabulary.ts`: the groups' types (their keys) and the names in each language.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from the engine's words (src-tauri/engine/src/text/vocabulary.rs) by\n\
         // `cargo test -p erfaringsplan-engine --lib export_bindings`. Do not edit by hand.\n\n\
         import type { Locale } from \"./Locale\";\n\n\
         /** The names of the plan's kinds and choices, as the documents print them. */\n\
         export interface Vocabulary {\n",
    );
    for group in vocabulary(Locale::Nb) {
        let keys: Vec<String> = group.labels.iter().map(|(k, _)| quoted(k)).collect();
        out.push_str(&format!(
            "  readonly {}: Readonly<Record<{}, string>>;\n",
            group.name,
            keys.join(" | ")
        ));
    }
    out.push_str("}\n\nexport const VOCABULARY: Readonly<Record<Locale, Vocabulary>> = {\n");
    for (locale, name) in [(Locale::Nb, "nb"), (Locale::En, "en")] {
        out.push_str(&format!("  {name}: {{\n"));
        for group in vocabulary(locale) {
            out.push_str(&format!("    {}: {{\n", group.name));
            for (k, v) in &group.labels {
                out.push_str(&format!("      {}: {},\n", quoted(k), quoted(v)));
            }
            out.push_str("    },\n");
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Named like ts-rs's own tests, so the command that makes the bindings makes this one too.
    #[test]
    fn export_bindings_vocabulary() {
        crate::write_binding("vocabulary.ts", &typescript());
    }

    #[test]
    fn both_languages_name_every_key_and_no_two_alike() {
        let (nb, en) = (vocabulary(Locale::Nb), vocabulary(Locale::En));
        assert_eq!(nb.len(), en.len());
        for (n, e) in nb.iter().zip(&en) {
            let keys = |g: &Group| g.labels.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
            assert_eq!(keys(n), keys(e), "{}", n.name);
            for g in [n, e] {
                let names: std::collections::HashSet<_> = g.labels.iter().map(|(_, v)| v).collect();
                assert_eq!(names.len(), g.labels.len(), "{} has a name twice", g.name);
                assert!(g.labels.iter().all(|(k, v)| !k.is_empty() && !v.is_empty()));
            }
        }
        let group = |name: &str| nb.iter().find(|g| g.name == name).unwrap().labels.clone();
        assert_eq!(group("month").len(), 12);
        assert_eq!(
            group("checklistPhase")[0],
            ("beforeAdvertising".into(), "Før utlysning".into())
        );
        assert_eq!(
            group("holidayTerms")[0],
            (
                "statutory".into(),
                "Ferieloven: 10,2 %, fire uker og én dag".into()
            )
        );
    }
}
