//! The cell formats every sheet uses, and numbers and formulas as the file holds them.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Formula};

pub(super) struct Styles {
    pub(super) title: Format,
    pub(super) small_title: Format,
    pub(super) heading: Format,
    pub(super) header: Format,
    pub(super) text: Format,
    pub(super) wrap: Format,
    pub(super) note: Format,
    pub(super) kr: Format,
    pub(super) kr_bold: Format,
    pub(super) percent: Format,
    pub(super) integer: Format,
    pub(super) number: Format,
    pub(super) input_kr: Format,
    pub(super) input_percent: Format,
    pub(super) input_number: Format,
    pub(super) bold: Format,
    pub(super) bold_plain: Format,
}

pub(super) const KR: &str = "#,##0.00";
pub(super) const PERCENT: &str = "0.0## %";
pub(super) const NUMBER: &str = "#,##0.0#";

impl Styles {
    pub(super) fn new() -> Self {
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
pub(super) fn num(value: Decimal) -> f64 {
    value.normalize().to_string().parse().unwrap_or(0.0)
}

/// A percentage (4.5) as the spreadsheet's fraction (0.045), exactly in decimal first.
pub(super) fn fraction(percent: Decimal) -> Decimal {
    percent / Decimal::ONE_HUNDRED
}

/// A formula with the engine's figure as its cached result.
pub(super) fn formula(text: &str, cached: Decimal) -> Formula {
    Formula::new(text).set_result(cached.normalize().to_string())
}
