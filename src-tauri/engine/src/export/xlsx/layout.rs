//! Page setup and the headers, titles and long texts the sheets share.

use rust_xlsxwriter::{Format, Worksheet};

use super::Cx;
use crate::error::Result;

/// Page setup every sheet shares: A4 landscape, as wide as one page, the footer, and (for a
/// table) its header repeated on each page and frozen on screen.
pub(super) fn page_setup(
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
pub(super) fn header(cx: &Cx, ws: &mut Worksheet, row: u32, columns: &[(&str, u16)]) -> Result<()> {
    for (col, (label, width)) in (0u16..).zip(columns) {
        ws.write_string_with_format(row, col, *label, &cx.st.header)?;
        ws.set_column_width(col, *width)?;
    }
    Ok(())
}

/// Title and introduction of a working sheet, above its header row (`columns` wide).
pub(super) fn sheet_intro(
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
pub(super) fn chars_across(columns: &[(&str, u16)]) -> usize {
    columns
        .iter()
        .map(|(_, width)| usize::from(*width))
        .sum::<usize>()
        .max(20)
}

/// Makes `row` tall enough for `lines` lines of body text (15 points each).
pub(super) fn set_lines(ws: &mut Worksheet, row: u32, lines: usize) -> Result<()> {
    ws.set_row_height(row, f64::from(15 * u32::try_from(lines).unwrap_or(1)))?;
    Ok(())
}

/// A long text over columns `0..=last_col`, wrapped, with the row made tall enough for about
/// `chars_per_line` characters a line.
pub(super) fn long_text(
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
