//! The budget lines' words: each line's name, where a code comes from, and the headings.

use super::Locale;
use crate::{
    projection::budget::{BudgetCode, CodeOrigin},
    rules::kostra::{self, BudgetLine},
};

/// A line's name, the same for every employer (the codes differ, the names do not).
pub fn line(locale: Locale, line: BudgetLine) -> &'static str {
    let (nb, en) = match line {
        BudgetLine::FixedPay => (
            "Fast lønn med feriepenger",
            "Pay, permanent posts, with holiday pay",
        ),
        BudgetLine::TemporaryPay => (
            "Lønn i midlertidige stillinger med feriepenger",
            "Pay, temporary posts, with holiday pay",
        ),
        BudgetLine::Pension => ("Pensjon", "Pension"),
        BudgetLine::EmployerContribution => ("Arbeidsgiveravgift", "Employer's contribution"),
        BudgetLine::Supervision => ("Veiledning", "Supervision"),
        BudgetLine::Training => ("Opplæring og kurs", "Training and courses"),
        BudgetLine::Equipment => ("Utstyr", "Equipment"),
        BudgetLine::Travel => ("Reiser", "Travel"),
        BudgetLine::Network => ("Nettverk og konferanser", "Networks and conferences"),
        BudgetLine::OtherCosts => ("Andre kostnader", "Other costs"),
        BudgetLine::Grants => ("Tilskudd (inntekt)", "Grants (income)"),
    };
    super::in_language(locale, nb, en)
}

/// Where a code comes from, as a table cell beside it.
pub fn origin(locale: Locale, origin: CodeOrigin) -> &'static str {
    let (nb, en) = match origin {
        CodeOrigin::Chart => ("etter KOSTRA", "per KOSTRA"),
        CodeOrigin::User => ("satt av dere", "set by you"),
        CodeOrigin::Unset => ("settes av dere", "yours to set"),
    };
    super::in_language(locale, nb, en)
}

/// A code as a cell: the code, or a dash when none is set.
pub fn code(code: &BudgetCode) -> String {
    code.code.clone().unwrap_or_else(|| "–".to_owned())
}

/// The fixed words of the budget lines' table.
pub struct Words {
    pub title: &'static str,
    pub col_function: &'static str,
    pub col_art: &'static str,
    pub col_line: &'static str,
    pub col_origin: &'static str,
    pub col_total: &'static str,
    /// The row that adds up the cost lines.
    pub sum_costs: &'static str,
    /// A workbook's budget sheet: what its figures are made from.
    pub sheet_intro: &'static str,
    /// Under the table when some code is the chart's: its source.
    pub chart_note: String,
    /// Under the table: what a code «settes av dere» means.
    pub unset_note: &'static str,
}

pub fn words(locale: Locale) -> Words {
    match locale {
        Locale::Nb => Words {
            title: "Budsjettlinjer",
            col_function: "Funksjon",
            col_art: "Art",
            col_line: "Linje",
            col_origin: "Koden",
            col_total: "I alt",
            sum_costs: "Kostnader i alt",
            sheet_intro: "Kostnadene fordelt på linjene i et budsjett, summert fra «Stillinger», \
                 «Andre kostnader» og «Tilskudd». Kostnadene i alt er det samme som i «År for år».",
            chart_note: format!("Kodene etter KOSTRA er hentet fra: {}.", kostra::CHART_SOURCE),
            unset_note: "Der ingen kilde avgjør koden, settes den av dere (i Oppsummering). \
                 Funksjon 243 er et forslag; psykisk helsearbeid føres i mange kommuner på en annen \
                 funksjon.",
        },
        Locale::En => Words {
            title: "Budget lines",
            col_function: "Function",
            col_art: "Art",
            col_line: "Line",
            col_origin: "Code",
            col_total: "In all",
            sum_costs: "Costs in all",
            sheet_intro: "The costs split into the lines of a budget, summed from «Posts», «Other \
                 costs» and «Grants». The costs in all are those of «Year by year».",
            chart_note: format!("The codes per KOSTRA are from: {}.", kostra::CHART_SOURCE_EN),
            unset_note: "Where no source settles a code, you set it (in Summary). Function 243 \
                 is a suggestion; many municipalities book mental-health work on another \
                 function.",
        },
    }
}
