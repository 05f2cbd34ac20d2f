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

mod comparison;
mod words;

pub use comparison::render_comparison;

use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook,
    Worksheet, XlsxError,
};

use super::Report;
use crate::{
    error::{EngineError, Result},
    model::{calendar::parse_date, grant::GrantShape, plan::Plan},
    projection::Projection,
    text::{self, words as text_words, Locale},
};
pub use words::{words, XlsxWords};

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

struct Styles {
    title: Format,
    small_title: Format,
    heading: Format,
    header: Format,
    text: Format,
    wrap: Format,
    note: Format,
    kr: Format,
    kr_bold: Format,
    percent: Format,
    integer: Format,
    number: Format,
    input_kr: Format,
    input_percent: Format,
    input_number: Format,
    bold: Format,
    bold_plain: Format,
}

const KR: &str = "#,##0.00";
const PERCENT: &str = "0.0## %";
const NUMBER: &str = "#,##0.0#";

impl Styles {
    fn new() -> Self {
        let input = Format::new()
            .set_background_color(Color::RGB(0x00FF_F2CC))
            .set_font_color(Color::RGB(0x001F_3864))
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0x00BF_BFBF));
        Styles {
            title: Format::new().set_bold().set_font_size(16),
            small_title: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0x0059_5959)),
            heading: Format::new().set_bold().set_font_size(12),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0x00DD_EBF7))
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new().set_align(FormatAlign::Top),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            note: Format::new()
                .set_italic()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_font_color(Color::RGB(0x0059_5959)),
            kr: Format::new().set_num_format(KR),
            kr_bold: Format::new()
                .set_num_format(KR)
                .set_bold()
                .set_border_top(FormatBorder::Thin),
            percent: Format::new().set_num_format(PERCENT),
            integer: Format::new().set_num_format("0"),
            number: Format::new().set_num_format(NUMBER),
            input_kr: input.clone().set_num_format(KR),
            input_percent: input.clone().set_num_format(PERCENT),
            input_number: input.set_num_format(NUMBER),
            bold: Format::new().set_bold().set_border_top(FormatBorder::Thin),
            bold_plain: Format::new().set_bold(),
        }
    }
}

/// A decimal as the spreadsheet's number: the nearest binary floating-point value to its text.
fn num(value: Decimal) -> f64 {
    value.normalize().to_string().parse().unwrap_or(0.0)
}

/// A percentage (4.5) as the spreadsheet's fraction (0.045), exactly in decimal first.
fn fraction(percent: Decimal) -> Decimal {
    percent / Decimal::ONE_HUNDRED
}

/// A formula with the engine's figure as its cached result.
fn formula(text: &str, cached: Decimal) -> Formula {
    Formula::new(text).set_result(cached.normalize().to_string())
}

/// Page setup every sheet shares: A4 landscape, as wide as one page, the footer, and (for a
/// table) its header repeated on each page and frozen on screen.
fn page_setup(
    cx: &Cx,
    ws: &mut Worksheet,
    header_row: Option<u32>,
    frozen_cols: u16,
) -> Result<()> {
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer(cx.w.footer);
    if let Some(row) = header_row {
        ws.set_repeat_rows(row, row)?;
        ws.set_freeze_panes(row + 1, frozen_cols)?;
    }
    Ok(())
}

/// A header row of `columns`, with widths.
fn header(cx: &Cx, ws: &mut Worksheet, row: u32, columns: &[(&str, u16)]) -> Result<()> {
    for (col, (label, width)) in (0u16..).zip(columns) {
        ws.write_string_with_format(row, col, *label, &cx.st.header)?;
        ws.set_column_width(col, *width)?;
    }
    Ok(())
}

/// Title and introduction of a working sheet, above its header row (`columns` wide).
fn sheet_intro(
    cx: &Cx,
    ws: &mut Worksheet,
    name: &str,
    title: &str,
    intro: &str,
    columns: &[(&str, u16)],
) -> Result<()> {
    ws.set_name(name)?;
    ws.write_string_with_format(0, 0, title, &cx.st.title)?;
    ws.set_row_height(0, 24)?;
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
    long_text(ws, 1, last_col, intro, &cx.st.note, chars_across(columns))?;
    Ok(())
}

/// About how many characters of body text fit across `columns` (a width unit is about one
/// character; the guess errs on the short side so rows are tall enough).
fn chars_across(columns: &[(&str, u16)]) -> usize {
    columns
        .iter()
        .map(|(_, width)| usize::from(*width))
        .sum::<usize>()
        .max(20)
}

/// Makes `row` tall enough for `lines` lines of body text (15 points each).
fn set_lines(ws: &mut Worksheet, row: u32, lines: usize) -> Result<()> {
    ws.set_row_height(row, f64::from(15 * u32::try_from(lines).unwrap_or(1)))?;
    Ok(())
}

/// A long text over columns `0..=last_col`, wrapped, with the row made tall enough for about
/// `chars_per_line` characters a line.
fn long_text(
    ws: &mut Worksheet,
    row: u32,
    last_col: u16,
    text: &str,
    format: &Format,
    chars_per_line: usize,
) -> Result<()> {
    ws.merge_range(row, 0, row, last_col, text, format)?;
    let lines = text.chars().count().div_ceil(chars_per_line).max(1);
    set_lines(ws, row, lines)?;
    Ok(())
}

fn summary(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, tw, st, pr, plan) = (cx.w, cx.tw, &cx.st, cx.pr, cx.plan);
    ws.set_name(w.sheet_summary)?;
    ws.set_column_width(0, 46)?;
    ws.set_column_width(1, 26)?;
    ws.set_column_width(2, 80)?;
    page_setup(cx, ws, None, 0)?;
    ws.write_string_with_format(0, 0, tw.doc_title, &st.small_title)?;
    ws.write_string_with_format(1, 0, plan.name.trim(), &st.title)?;
    ws.set_row_height(1, 24)?;
    let info = cx.report.info;
    let changed = info
        .last_changed
        .as_deref()
        .map(|d| crate::export::pdf::date(cx.locale, d));
    let facts = [
        (tw.organisation, plan.organisation.name.trim().to_owned()),
        (w.period, format!("{}–{}", pr.first_year, pr.last_year)),
        (tw.date, crate::export::pdf::date(cx.locale, &info.today)),
        (
            tw.version,
            text_words::version(
                cx.locale,
                &info.app_version,
                plan.schema_version,
                changed.as_deref(),
            ),
        ),
    ];
    let mut row = 3;
    for (label, value) in facts {
        ws.write_string_with_format(row, 0, label, &st.text)?;
        ws.write_string_with_format(row, 1, &value, &st.text)?;
        row += 1;
    }

    row += 1;
    ws.write_string_with_format(row, 0, w.key_figures, &st.heading)?;
    row += 1;
    let years = Cx::sheet(w.sheet_years);
    let sum_row = cx.sum_row();
    let totals = [
        (
            text_words::total_cost_label(cx.locale, pr.first_year, pr.last_year),
            3,
            pr.totals.total_cost.get(),
        ),
        (tw.grants.to_owned(), 4, pr.totals.grants.get()),
        (tw.net_cost.to_owned(), 5, pr.totals.net_cost.get()),
    ];
    for (label, col, value) in totals {
        ws.write_string_with_format(row, 0, format!("{label} ({})", unit(cx.locale)), &st.text)?;
        let f = format!("={years}{}", absolute(sum_row, col));
        ws.write_formula_with_format(row, 1, formula(&f, value), &st.kr)?;
        row += 1;
    }
    let cliff = text_words::cliff_text(cx.locale, pr);
    let pays = text_words::pays_in_full_text(cx.locale, pr);
    for (label, value) in [(tw.cliff, cliff), (tw.pays_in_full, pays)] {
        ws.write_string_with_format(row, 0, label, &st.text)?;
        ws.write_string_with_format(row, 1, &value, &st.text)?;
        row += 1;
    }
    let posts = plan.positions.len();
    ws.write_string_with_format(row, 0, w.posts, &st.text)?;
    ws.write_number_with_format(
        row,
        1,
        f64::from(u32::try_from(posts).unwrap_or(0)),
        &st.integer,
    )?;
    row += 1;
    ws.write_string_with_format(row, 0, w.full_time_equivalents, &st.text)?;
    let fte: Decimal = plan
        .positions
        .iter()
        .map(|p| fraction(p.fte_percent.get()))
        .sum();
    if posts == 0 {
        ws.write_number_with_format(row, 1, 0.0, &st.number)?;
    } else {
        let inputs = Cx::sheet(w.sheet_inputs);
        let f = format!(
            "=SUM({inputs}{}:{})",
            absolute(cx.post_input_row(0), 2),
            absolute(cx.post_input_row(posts - 1), 2),
        );
        ws.write_formula_with_format(row, 1, formula(&f, fte), &st.number)?;
    }
    row += 1;
    long_text(ws, row, 2, w.live_note, &st.note, 140)?;

    row += 2;
    ws.write_string_with_format(row, 0, tw.warnings, &st.heading)?;
    row += 1;
    if pr.warnings.is_empty() {
        ws.write_string_with_format(row, 0, tw.no_warnings, &st.text)?;
        row += 1;
    }
    for warning in &pr.warnings {
        let text = format!("• {}", text::warning_text(cx.locale, plan, warning));
        long_text(ws, row, 2, &text, &st.wrap, 140)?;
        row += 1;
    }

    row += 1;
    ws.write_string_with_format(row, 0, tw.assumptions, &st.heading)?;
    row += 1;
    for (col, label) in (0u16..).zip([w.col_assumption, w.col_value, w.col_source]) {
        ws.write_string_with_format(row, col, label, &st.header)?;
    }
    row += 1;
    for cells in crate::export::assumptions::rows(plan, pr, cx.locale) {
        let lines = [(&cells[0], 44), (&cells[1], 24), (&cells[2], 76)]
            .iter()
            .map(|(text, per_line)| text.chars().count().div_ceil(*per_line))
            .max()
            .unwrap_or(1)
            .max(1);
        for (col, value) in (0u16..).zip(&cells) {
            ws.write_string_with_format(row, col, value, &st.wrap)?;
        }
        set_lines(ws, row, lines)?;
        row += 1;
    }

    row += 1;
    ws.write_string_with_format(row, 0, w.how_built, &st.heading)?;
    row += 1;
    for line in [
        w.how_inputs,
        w.how_posts,
        w.how_grants,
        w.how_costs,
        w.how_years,
    ] {
        long_text(ws, row, 2, &format!("• {line}"), &st.wrap, 140)?;
        row += 1;
    }
    ws.set_active(true);
    Ok(())
}

/// `kr` / `NOK`, for labels.
fn unit(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "kr",
        Locale::En => "NOK",
    }
}

fn inputs(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, tw, st, pr, plan) = (cx.w, cx.tw, &cx.st, cx.pr, cx.plan);
    ws.set_name(w.sheet_inputs)?;
    page_setup(cx, ws, None, 0)?;
    for (col, width) in [
        (0u16, 40u16),
        (1, 18),
        (2, 16),
        (3, 12),
        (4, 13),
        (5, 12),
        (6, 12),
        (7, 12),
    ] {
        ws.set_column_width(col, width)?;
    }
    ws.write_string_with_format(0, 0, w.sheet_inputs, &st.title)?;
    ws.set_row_height(0, 24)?;
    long_text(ws, 1, 7, w.inputs_intro, &st.note, 120)?;
    long_text(ws, 2, 7, w.inputs_fixed, &st.note, 120)?;

    ws.write_string_with_format(4, 0, w.growth, &st.heading)?;
    for (col, label) in (0u16..).zip([w.col_assumption, w.col_value, w.col_source]) {
        ws.write_string_with_format(5, col, label, &st.header)?;
    }
    ws.write_string_with_format(6, 0, w.wage_growth, &st.text)?;
    ws.write_number_with_format(
        6,
        1,
        num(fraction(plan.wage_growth_percent.get())),
        &st.input_percent,
    )?;
    ws.write_string_with_format(6, 2, tw.assumption_editable, &st.text)?;
    ws.write_string_with_format(7, 0, w.price_growth, &st.text)?;
    ws.write_number_with_format(
        7,
        1,
        num(fraction(plan.price_growth_percent.get())),
        &st.input_percent,
    )?;
    ws.write_string_with_format(7, 2, tw.assumption_editable, &st.text)?;
    ws.write_string_with_format(8, 0, w.regulation_month, &st.text)?;
    ws.write_string_with_format(
        8,
        1,
        text_words::month_name(cx.locale, plan.regulation_month),
        &st.text,
    )?;
    ws.write_string_with_format(8, 2, w.from_the_app, &st.text)?;

    ws.write_string_with_format(AGA_FIRST_ROW - 2, 0, w.aga_heading, &st.heading)?;
    for (col, label) in (0u16..).zip([tw.col_year, w.col_rate, w.col_zone, w.col_source]) {
        ws.write_string_with_format(AGA_FIRST_ROW - 1, col, label, &st.header)?;
    }
    for (row, aga) in (AGA_FIRST_ROW..).zip(&pr.aga) {
        ws.write_number_with_format(row, 0, f64::from(aga.year), &st.integer)?;
        ws.write_number_with_format(
            row,
            1,
            num(fraction(aga.rate_percent.get())),
            &st.input_percent,
        )?;
        ws.write_string_with_format(row, 2, aga.zone.as_str(), &st.text)?;
        let named = match cx.locale {
            Locale::Nb => &aga.source,
            Locale::En => &aga.source_en,
        };
        let source = if aga.overridden {
            tw.aga_overridden.to_owned()
        } else if aga.assumed {
            format!("{named} {}", tw.aga_carried)
        } else {
            named.clone()
        };
        ws.write_string_with_format(row, 3, &source, &st.text)?;
    }

    let first = cx.post_input_row(0);
    ws.write_string_with_format(first - 2, 0, w.posts_heading, &st.heading)?;
    for (col, label) in (0u16..).zip([
        w.col_post,
        w.col_salary,
        w.col_fte,
        w.col_holiday_weeks,
        w.col_holiday_pay,
        w.col_pension,
        w.col_start,
        w.col_end,
    ]) {
        ws.write_string_with_format(first - 1, col, label, &st.header)?;
    }
    ws.set_row_height(first - 1, 32)?;
    for (pi, p) in plan.positions.iter().enumerate() {
        let row = cx.post_input_row(pi);
        ws.write_string_with_format(
            row,
            0,
            text::position_label(cx.locale, pi + 1, &p.title),
            &st.wrap,
        )?;
        ws.write_number_with_format(row, 1, num(p.annual_salary.get()), &st.input_kr)?;
        ws.write_number_with_format(
            row,
            2,
            num(fraction(p.fte_percent.get())),
            &st.input_percent,
        )?;
        ws.write_number_with_format(row, 3, num(p.holiday_weeks), &st.input_number)?;
        ws.write_number_with_format(
            row,
            4,
            num(fraction(p.holiday_pay_percent.get())),
            &st.input_percent,
        )?;
        ws.write_number_with_format(
            row,
            5,
            num(fraction(p.pension_percent.get())),
            &st.input_percent,
        )?;
        ws.write_string_with_format(row, 6, text_words::year_month(cx.locale, p.start), &st.text)?;
        let end = p
            .end
            .map(|e| text_words::year_month(cx.locale, e))
            .unwrap_or_else(|| w.permanent.to_owned());
        ws.write_string_with_format(row, 7, &end, &st.text)?;
    }
    Ok(())
}

fn posts(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, st, pr) = (cx.w, &cx.st, cx.pr);
    let columns = [
        (w.col_post, 44),
        (cx.tw.col_year, 7),
        (w.col_months, 9),
        (w.col_months_1, 9),
        (w.col_raises_1, 10),
        (w.col_months_2, 9),
        (w.col_raises_2, 10),
        (w.col_contract, 15),
        (w.col_worked, 15),
        (w.col_holiday_amount, 14),
        (w.col_pension_amount, 14),
        (w.col_aga_rate, 9),
        (w.col_aga, 17),
        (w.col_payroll, 15),
    ];
    sheet_intro(
        cx,
        ws,
        w.sheet_posts,
        w.posts_title,
        w.posts_intro,
        &columns,
    )?;
    page_setup(cx, ws, Some(HEADER_ROW), 2)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;
    let (wage, mut row) = (w.name_wage_growth, FIRST_DATA_ROW);
    for (pi, (p, post)) in cx.plan.positions.iter().zip(&pr.positions).enumerate() {
        let label = text::position_label(cx.locale, pi + 1, &p.title);
        let name = |what| cx.name_of(pi, what);
        let (salary, fte, weeks, holiday, pension) = (
            name(w.name_salary),
            name(w.name_fte),
            name(w.name_holiday_weeks),
            name(w.name_holiday_pay),
            name(w.name_pension),
        );
        for (y, aga) in post.years.iter().zip(&pr.aga) {
            let r = row + 1;
            let segments = &y.derivation.salary_segments;
            if segments.len() > 2 {
                return Err(EngineError::Xlsx(format!(
                    "{label} {}: more than two salary levels in a year",
                    y.year
                )));
            }
            let part = |i: usize| {
                segments
                    .get(i)
                    .map_or((0, 0), |s| (s.months, s.regulation_steps))
            };
            let ((m1, s1), (m2, s2)) = (part(0), part(1));
            ws.write_string_with_format(row, 0, &label, &st.text)?;
            ws.write_number_with_format(row, 1, f64::from(y.year), &st.integer)?;
            for (col, value) in [(2, y.months_active), (3, m1), (4, s1), (5, m2), (6, s2)] {
                ws.write_number_with_format(row, col, f64::from(value), &st.integer)?;
            }
            let lines = [
                (
                    7,
                    format!(
                        "=ROUND({salary}*{fte}*(D{r}*(1+{wage})^E{r}+F{r}*(1+{wage})^G{r})/12,2)"
                    ),
                    y.contract_salary.get(),
                ),
                (
                    8,
                    format!("=ROUND(H{r}*(52-{weeks})/52,2)"),
                    y.worked_salary.get(),
                ),
                (9, format!("=ROUND(I{r}*{holiday},2)"), y.holiday_pay.get()),
                (10, format!("=ROUND(H{r}*{pension},2)"), y.pension.get()),
            ];
            for (col, f, cached) in lines {
                ws.write_formula_with_format(row, col, formula(&f, cached), &st.kr)?;
            }
            ws.write_formula_with_format(
                row,
                11,
                formula(
                    &format!("={}", cx.aga_name(aga.year)),
                    fraction(aga.rate_percent.get()),
                ),
                &st.percent,
            )?;
            ws.write_formula_with_format(
                row,
                12,
                formula(&format!("=ROUND((I{r}+J{r}+K{r})*L{r},2)"), y.aga.get()),
                &st.kr,
            )?;
            ws.write_formula_with_format(
                row,
                13,
                formula(
                    &format!("=ROUND(I{r}+J{r}+K{r}+M{r},2)"),
                    y.payroll_cost.get(),
                ),
                &st.kr,
            )?;
            row += 1;
        }
    }
    if pr.positions.is_empty() {
        ws.write_string_with_format(FIRST_DATA_ROW, 0, cx.tw.positions_none, &st.text)?;
    }
    Ok(())
}

fn grants(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, st, pr) = (cx.w, &cx.st, cx.pr);
    let columns = [
        (w.col_grant, 30),
        (w.col_grantor, 22),
        (cx.tw.col_year, 7),
        (w.col_scheduled, 14),
        (w.col_unit, 20),
        (w.col_entitled, 15),
        (w.col_paid, 15),
        (w.col_excess, 15),
    ];
    sheet_intro(
        cx,
        ws,
        w.sheet_grants,
        w.grants_title,
        w.grants_intro,
        &columns,
    )?;
    page_setup(cx, ws, Some(HEADER_ROW), 1)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;
    let mut row = FIRST_DATA_ROW;
    for (grant, projected) in cx.plan.grants.iter().zip(&pr.grants) {
        let (unit, share) = match grant.shape {
            GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => {
                (w.unit_per_full_time, false)
            }
            GrantShape::ShareOfCost { .. } => (w.unit_share, true),
            GrantShape::FixedPerYear { .. } => (w.unit_year_sum, false),
            GrantShape::OneOff { .. } => (w.unit_once, false),
        };
        for y in &projected.years {
            let r = row + 1;
            ws.write_string_with_format(row, 0, grant.name.trim(), &st.text)?;
            ws.write_string_with_format(row, 1, grant.source.trim(), &st.text)?;
            ws.write_number_with_format(row, 2, f64::from(y.year), &st.integer)?;
            if let Some(scheduled) = y.scheduled {
                if share {
                    ws.write_number_with_format(row, 3, num(fraction(scheduled)), &st.percent)?;
                } else {
                    ws.write_number_with_format(row, 3, num(scheduled), &st.kr)?;
                }
                ws.write_string_with_format(row, 4, unit, &st.text)?;
            }
            ws.write_number_with_format(row, 5, num(y.entitled.get()), &st.kr)?;
            ws.write_number_with_format(row, 6, num(y.amount.get()), &st.kr)?;
            ws.write_formula_with_format(
                row,
                7,
                formula(&format!("=ROUND(F{r}-G{r},2)"), y.excess.get()),
                &st.kr,
            )?;
            row += 1;
        }
    }
    if pr.grants.is_empty() {
        ws.write_string_with_format(FIRST_DATA_ROW, 0, w.no_grants, &st.text)?;
    }
    Ok(())
}

fn costs(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, st, pr) = (cx.w, &cx.st, cx.pr);
    let columns = [
        (w.col_cost, 34),
        (w.col_applies_to, 26),
        (cx.tw.col_year, 7),
        (w.col_base, 18),
        (w.col_price_years, 10),
        (w.col_post_months, 17),
        (w.col_hours, 9),
        (w.col_cost_amount, 15),
    ];
    sheet_intro(
        cx,
        ws,
        w.sheet_costs,
        w.costs_title,
        w.costs_intro,
        &columns,
    )?;
    page_setup(cx, ws, Some(HEADER_ROW), 1)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;
    let price = w.name_price_growth;
    let mut row = FIRST_DATA_ROW;
    for (item, projected) in cx.plan.cost_items.iter().zip(&pr.cost_items) {
        let applies_to = match &item.position_id {
            Some(id) => text::position_label_of(cx.locale, cx.plan, id),
            None if item.per_position => w.each_post.to_owned(),
            None => w.whole_plan.to_owned(),
        };
        let name = match item.name.trim() {
            "" => text_words::category(cx.locale, item.category).to_owned(),
            name => name.to_owned(),
        };
        for y in &projected.years {
            let r = row + 1;
            ws.write_string_with_format(row, 0, &name, &st.text)?;
            ws.write_string_with_format(row, 1, &applies_to, &st.text)?;
            ws.write_number_with_format(row, 2, f64::from(y.year), &st.integer)?;
            ws.write_number_with_format(row, 3, num(y.base_amount.get()), &st.kr)?;
            ws.write_number_with_format(row, 4, f64::from(y.price_steps), &st.integer)?;
            let f = match y.post_months {
                Some(months) => {
                    ws.write_number_with_format(row, 5, f64::from(months), &st.integer)?;
                    format!("=ROUND(D{r}*(1+{price})^E{r}*F{r}/12,2)")
                }
                None => format!("=ROUND(D{r}*(1+{price})^E{r},2)"),
            };
            ws.write_number_with_format(row, 6, num(y.hours), &st.number)?;
            ws.write_formula_with_format(row, 7, formula(&f, y.cost.get()), &st.kr)?;
            row += 1;
        }
    }
    if pr.cost_items.is_empty() {
        ws.write_string_with_format(FIRST_DATA_ROW, 0, w.no_costs, &st.text)?;
    }
    Ok(())
}

fn years(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let w = cx.w;
    year_table(cx, ws, w.sheet_years, w.years_title, w.years_intro, true)
}

/// The year table on a sheet `name`: with `from_workings`, payroll, other costs and grants are
/// `SUMIF`s over the working sheets; without (a plan's sheet in a comparison), they are the
/// engine's figures. Totals, net cost, share and running totals are formulas either way.
fn year_table(
    cx: &Cx,
    ws: &mut Worksheet,
    name: &str,
    title: &str,
    intro: &str,
    from_workings: bool,
) -> Result<()> {
    let (w, tw, st, pr) = (cx.w, cx.tw, &cx.st, cx.pr);
    let u = unit(cx.locale);
    let with_unit = |label: &str| format!("{label} ({u})");
    let labels = [
        tw.col_year.to_owned(),
        with_unit(tw.col_payroll),
        with_unit(tw.col_other),
        with_unit(tw.col_total),
        with_unit(tw.col_grants),
        with_unit(tw.col_net),
        tw.col_share.to_owned(),
        w.col_running_total.to_owned(),
        w.col_running_net.to_owned(),
    ];
    let columns: Vec<(&str, u16)> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), if i == 0 { 8 } else { 17 }))
        .collect();
    sheet_intro(cx, ws, name, title, intro, &columns)?;
    page_setup(cx, ws, Some(HEADER_ROW), 1)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;

    // SUMIF over a working sheet's year column and value column.
    let sum_if = |sheet: &str, count: usize, year_col: u16, value_col: u16, r: u32| {
        let (first, last) = (FIRST_DATA_ROW, cx.last_row(count));
        let range = |col| {
            format!(
                "{}{}:{}",
                Cx::sheet(sheet),
                absolute(first, col),
                absolute(last, col)
            )
        };
        format!(
            "=ROUND(SUMIF({},A{r},{}),2)",
            range(year_col),
            range(value_col)
        )
    };
    let plan = cx.plan;
    for (row, y) in (FIRST_DATA_ROW..).zip(&pr.years) {
        let r = row + 1;
        ws.write_number_with_format(row, 0, f64::from(y.year), &st.integer)?;
        let running = |col: &str, this: &str| {
            if row == FIRST_DATA_ROW {
                format!("={this}{r}")
            } else {
                format!("=ROUND({col}{}+{this}{r},2)", r - 1)
            }
        };
        let cells = [
            (
                1,
                sum_if(w.sheet_posts, plan.positions.len(), 1, 13, r),
                y.payroll_cost.get(),
                &st.kr,
            ),
            (
                2,
                sum_if(w.sheet_costs, plan.cost_items.len(), 2, 7, r),
                y.other_costs.get(),
                &st.kr,
            ),
            (
                3,
                format!("=ROUND(B{r}+C{r},2)"),
                y.total_cost.get(),
                &st.kr,
            ),
            (
                4,
                sum_if(w.sheet_grants, plan.grants.len(), 2, 6, r),
                y.grants.get(),
                &st.kr,
            ),
            (5, format!("=ROUND(D{r}-E{r},2)"), y.net_cost.get(), &st.kr),
            (
                6,
                format!("=IF(D{r}=0,0,ROUND(E{r}/D{r},4))"),
                fraction(y.grant_share_percent.get()),
                &st.percent,
            ),
            (7, running("H", "D"), y.running_total_cost.get(), &st.kr),
            (8, running("I", "F"), y.running_net_cost.get(), &st.kr),
        ];
        for (col, f, cached, format) in cells {
            if !from_workings && matches!(col, 1 | 2 | 4) {
                ws.write_number_with_format(row, col, num(cached), format)?;
            } else {
                ws.write_formula_with_format(row, col, formula(&f, cached), format)?;
            }
        }
    }
    let sum_row = cx.sum_row();
    ws.write_string_with_format(sum_row, 0, tw.sum, &st.bold)?;
    let totals = [
        pr.totals.payroll_cost.get(),
        pr.totals.other_costs.get(),
        pr.totals.total_cost.get(),
        pr.totals.grants.get(),
        pr.totals.net_cost.get(),
    ];
    for (col, total) in (1u16..).zip(totals) {
        let column = rust_xlsxwriter::utility::column_number_to_name(col);
        let f = format!(
            "=ROUND(SUM({column}{}:{column}{}),2)",
            FIRST_DATA_ROW + 1,
            sum_row
        );
        ws.write_formula_with_format(sum_row, col, formula(&f, total), &st.kr_bold)?;
    }
    for col in 6..=8 {
        ws.write_blank(sum_row, col, &st.bold)?;
    }
    Ok(())
}
