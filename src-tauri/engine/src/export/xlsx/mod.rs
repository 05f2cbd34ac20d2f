//! The plan as a live workbook (`.xlsx`) for the budget officer: the inputs on one sheet, the
//! workings per post and year as formulas over them, and the year table summed from the
//! workings, so any figure can be checked and a changed rate shows what follows.
//!
//! Every formula rounds with `ROUND(…;2)` where the engine rounds (half away from zero, as
//! `ROUND` does), from the same rounded lines, so a spreadsheet that recalculates gets the
//! engine's figures to the øre; and every formula carries the engine's figure as its cached
//! result, so a viewer that does not recalculate shows them too. Grants (capped by the cost they
//! are tied to, split between posts) are the engine's figures, not formulas.
//!
//! Numbers become spreadsheet numbers (binary floating point, the file format's own) only here,
//! at the edge, from their decimal text.

mod budget;
mod comparison;
mod costs;
mod grants;
mod inputs;
mod layout;
mod portfolio;
mod posts;
mod styles;
mod summary;
mod years;

pub use comparison::render_comparison;
pub use portfolio::render_portfolio;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use super::Report;
pub use crate::text::workbook::{words, XlsxWords};
use crate::{
    error::{EngineError, Result},
    model::{calendar::parse_date, plan::Plan},
    projection::Projection,
    text::{words as text_words, Locale},
};

use costs::costs;
use grants::grants;
use inputs::inputs;
use layout::{header, long_text, page_setup, set_lines, sheet_intro};
use posts::posts;
use styles::{formula, fraction, num, Styles};
use summary::summary;
use years::{year_table, years};

use rust_xlsxwriter::utility::row_col_to_cell_absolute as absolute;

/// The row of the tables' header on the working sheets (0-based); data starts below it.
const HEADER_ROW: u32 = 3;
const FIRST_DATA_ROW: u32 = HEADER_ROW + 1;
/// Where the years start in «Forutsetninger»'s AGA table.
const AGA_FIRST_ROW: u32 = 12;

impl From<XlsxError> for EngineError {
    fn from(err: XlsxError) -> Self {
        EngineError::Xlsx(err.to_string())
    }
}

/// `report` as the bytes of an `.xlsx` file.
///
/// # Errors
/// An invalid `info.today`, or [`EngineError::Xlsx`] if the writer refuses a value.
pub fn render(report: &Report) -> Result<Vec<u8>> {
    let created = created(&report.info.today)?;
    let locale = report.info.locale;
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(report.plan.name.trim())
            .set_subject(text_words::words(locale).doc_title)
            .set_author("Erfaringsplan")
            .set_company(report.plan.organisation.name.trim())
            .set_creation_datetime(&created),
    );
    let cx = Cx::new(report);
    summary(&cx, book.add_worksheet())?;
    inputs(&cx, book.add_worksheet())?;
    posts(&cx, book.add_worksheet())?;
    grants(&cx, book.add_worksheet())?;
    costs(&cx, book.add_worksheet())?;
    years(&cx, book.add_worksheet())?;
    budget::budget(
        &cx,
        book.add_worksheet(),
        &crate::projection::budget::budget_lines(report.plan, report.projection)?,
    )?;
    for (name, target) in cx.names() {
        book.define_name(name, &target)?;
    }
    Ok(book.save_to_buffer()?)
}

/// The file's creation date: `today` (YYYY-MM-DD), the day the document is dated.
fn created(today: &str) -> Result<ExcelDateTime> {
    let today = parse_date("today", today)?;
    Ok(ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(1900),
        u8::from(today.month()),
        today.day(),
    )?)
}

/// What every sheet needs: the plan, its projection, the words and the cell formats, and where
/// each sheet's rows are.
struct Cx<'a> {
    plan: &'a Plan,
    pr: &'a Projection,
    report: &'a Report<'a>,
    locale: Locale,
    w: &'static XlsxWords,
    tw: &'static text_words::Words,
    st: Styles,
}

impl<'a> Cx<'a> {
    fn new(report: &'a Report<'a>) -> Self {
        let locale = report.info.locale;
        Cx {
            plan: report.plan,
            pr: report.projection,
            report,
            locale,
            w: words(locale),
            tw: text_words::words(locale),
            st: Styles::new(),
        }
    }

    fn year_count(&self) -> u32 {
        u32::try_from(self.pr.years.len()).unwrap_or(0)
    }

    /// A sheet's name quoted for a formula: `'År for år'!`.
    fn sheet(name: &str) -> String {
        format!("'{}'!", name.replace('\'', "''"))
    }

    /// «Forutsetninger»: the row of post `pi`'s inputs.
    fn post_input_row(&self, pi: usize) -> u32 {
        AGA_FIRST_ROW + self.year_count() + 3 + u32::try_from(pi).unwrap_or(0)
    }

    fn name_of(&self, pi: usize, what: &str) -> String {
        format!("{}{}_{}", self.w.name_post, pi + 1, what)
    }

    fn aga_name(&self, year: i32) -> String {
        format!("{}_{year}", self.w.name_aga)
    }

    /// The last data row of a working sheet with `count` items of one row per year (at least
    /// the first data row, so a range over an empty sheet is still a range).
    fn last_row(&self, count: usize) -> u32 {
        let rows = u32::try_from(count).unwrap_or(0) * self.year_count();
        FIRST_DATA_ROW + rows.max(1) - 1
    }

    /// «År for år»: the row of the totals.
    fn sum_row(&self) -> u32 {
        FIRST_DATA_ROW + self.year_count()
    }

    /// Every defined name and the absolute cell it names.
    fn names(&self) -> Vec<(String, String)> {
        let inputs = Self::sheet(self.w.sheet_inputs);
        let abs = |row: u32, col: u16| format!("={inputs}{}", absolute(row, col));
        let mut names = vec![
            (self.w.name_wage_growth.to_owned(), abs(6, 1)),
            (self.w.name_price_growth.to_owned(), abs(7, 1)),
        ];
        for (yi, aga) in self.pr.aga.iter().enumerate() {
            let row = AGA_FIRST_ROW + u32::try_from(yi).unwrap_or(0);
            names.push((self.aga_name(aga.year), abs(row, 1)));
        }
        let w = self.w;
        for pi in 0..self.plan.positions.len() {
            let row = self.post_input_row(pi);
            for (col, what) in [
                (1, w.name_salary),
                (2, w.name_fte),
                (3, w.name_holiday_weeks),
                (4, w.name_holiday_pay),
                (5, w.name_pension),
            ] {
                names.push((self.name_of(pi, what), abs(row, col)));
            }
        }
        names
    }
}
