//! A small flowing page layout on top of printpdf: text that wraps, headings kept with what
//! follows, tables whose header row repeats on every page, and a few vector shapes. Content flows
//! down A4 pages and onto a new page when it does not fit, so nothing is cut off or overlaps.
//!
//! All geometry is in whole millipoints (1/1000 pt) in `i64`, measured from the page's bottom
//! left corner as PDF does. Only [`pt`] turns a length into printpdf's `f32` type: layout stays
//! exact and free of float arithmetic, and money never comes near a float.

use std::borrow::Cow;

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, ParsedFont, PdfFontHandle,
    Point, Pt, Rect, Rgb, TextItem,
};

/// A4 in millipoints (portrait).
const A4_SHORT: i64 = 595_276;
const A4_LONG: i64 = 841_890;
pub const MARGIN_X: i64 = 46_000;
const MARGIN_TOP: i64 = 48_000;
/// Content stops here; the footer sits below.
const MARGIN_BOTTOM: i64 = 58_000;
const FOOTER_Y: i64 = 30_000;
/// The width of the text on a portrait page (the hiring plan's).
pub const CONTENT_W: i64 = A4_SHORT - 2 * MARGIN_X;

/// Which way up the A4 pages are: the hiring plan reads top to bottom in portrait; a comparison
/// of up to four plans, with a difference column for each alternative, needs landscape's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Portrait,
    Landscape,
}

impl Page {
    pub const fn width(self) -> i64 {
        match self {
            Page::Portrait => A4_SHORT,
            Page::Landscape => A4_LONG,
        }
    }
    pub const fn height(self) -> i64 {
        match self {
            Page::Portrait => A4_LONG,
            Page::Landscape => A4_SHORT,
        }
    }
    /// The width between the margins.
    pub const fn content_width(self) -> i64 {
        self.width() - 2 * MARGIN_X
    }
    /// The page's size for printpdf.
    pub fn mm(self) -> (printpdf::Mm, printpdf::Mm) {
        match self {
            Page::Portrait => (printpdf::Mm(210.0), printpdf::Mm(297.0)),
            Page::Landscape => (printpdf::Mm(297.0), printpdf::Mm(210.0)),
        }
    }
}

/// The one place a layout length becomes a float, for printpdf's coordinate type. Lengths are at
/// most a page (< 2^24 millipoints), so the conversion is exact.
#[allow(clippy::float_arithmetic, clippy::cast_precision_loss)]
pub fn pt(millipoints: i64) -> Pt {
    Pt(millipoints as f32 / 1000.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

/// How a run of text looks: face and size (millipoints).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub face: Face,
    pub size: i64,
}

impl Style {
    pub const fn new(face: Face, size: i64) -> Self {
        Self { face, size }
    }
    /// Baseline-to-baseline distance: 1.3 × the size.
    pub fn line_height(self) -> i64 {
        self.size * 13 / 10
    }
}

pub const BODY: Style = Style::new(Face::Regular, 9_500);
pub const SMALL: Style = Style::new(Face::Regular, 8_000);
/// The budget tables: many columns of amounts to the øre.
pub const TABLE: Style = Style::new(Face::Regular, 7_500);
pub const SMALL_BOLD: Style = Style::new(Face::Bold, 8_000);
pub const TITLE: Style = Style::new(Face::Bold, 18_000);
pub const H2: Style = Style::new(Face::Bold, 13_000);
pub const H3: Style = Style::new(Face::Bold, 10_500);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Colours used in the document (RGB, 0–1).
#[derive(Debug, Clone, Copy)]
pub struct Colour(pub f32, pub f32, pub f32);

pub const BLACK: Colour = Colour(0.0, 0.0, 0.0);
pub const GREY: Colour = Colour(0.4, 0.4, 0.4);
pub const RULE: Colour = Colour(0.75, 0.75, 0.75);
pub const SHADE: Colour = Colour(0.94, 0.95, 0.96);
/// Grants in the chart: the same green as the app's chart (Designsystemet success, #068718).
pub const GRANT: Colour = Colour(0.024, 0.529, 0.094);
/// The employer's cost in the chart: the app's blue (Designsystemet accent, #0062ba).
pub const EMPLOYER: Colour = Colour(0.0, 0.384, 0.729);
pub const CLIFF: Colour = Colour(0.75, 0.16, 0.13);

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

/// The two embedded faces, with what is needed to measure text.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    regular_id: FontId,
    bold_id: FontId,
}

impl Fonts {
    pub fn new(regular: ParsedFont, bold: ParsedFont, regular_id: FontId, bold_id: FontId) -> Self {
        Self {
            regular,
            bold,
            regular_id,
            bold_id,
        }
    }

    fn face(&self, face: Face) -> (&ParsedFont, &FontId) {
        match face {
            Face::Regular => (&self.regular, &self.regular_id),
            Face::Bold => (&self.bold, &self.bold_id),
        }
    }

    /// `text` as the font can print it: each character it has no glyph for — an emoji, a
    /// script outside the font's cut — becomes one «□» (an emoji sequence joined by U+200D, or
    /// with a variation selector or a skin tone, one «□» in all), so a reader sees that something
    /// stands there. What a field may hold is decided in `validate::characters`; emoji are kept
    /// in the plan, and shown as they are on screen and in spreadsheets.
    pub fn printable<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let (font, _) = self.face(Face::Regular);
        let has = |c: char| {
            c == ' '
                || font
                    .lookup_glyph_index(u32::from(c))
                    .is_some_and(|g| g != 0)
        };
        // Nearly every text is printable as it is: measured and set without a copy.
        if text.chars().all(|c| c == '\n' || has(c)) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let (mut in_missing, mut joined) = (false, false);
        for c in text.chars() {
            let modifier = matches!(c, '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}');
            if c == '\u{200d}' || c == '\u{200c}' {
                // A joiner continues a missing sequence, and shows as nothing elsewhere.
                joined = in_missing;
            } else if modifier && in_missing {
                // A variation selector or skin tone of the emoji just boxed: part of its box.
            } else if c == '\n' || has(c) {
                out.push(c);
                (in_missing, joined) = (false, false);
            } else if joined {
                joined = false;
            } else if !modifier {
                out.push(MISSING_GLYPH);
                in_missing = true;
            }
        }
        Cow::Owned(out)
    }

    /// The width of `text` set in `style`, from the font's advance widths.
    pub fn width(&self, style: Style, text: &str) -> i64 {
        let (font, _) = self.face(style.face);
        let units: i64 = self
            .printable(text)
            .chars()
            .map(|c| {
                let gid = font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
                i64::from(font.get_horizontal_advance(gid))
            })
            .sum();
        let per_em = i64::from(font.pdf_font_metrics.units_per_em.max(1));
        units * style.size / per_em
    }

    /// `text` broken into lines no wider than `max_width`: at spaces where possible, inside a word
    /// only when the word alone is too wide. Line breaks in the text are kept; other control
    /// characters are dropped.
    pub fn wrap(&self, style: Style, text: &str, max_width: i64) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in clean(text).split('\n') {
            let mut line = String::new();
            for word in unbreakable_words(paragraph) {
                let word = word.as_str();
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(style, &candidate) <= max_width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // The word alone: break it by characters if it is still too wide, with a hyphen
                // where the break falls between two letters (never in a number, where it could
                // read as a minus).
                for ch in word.chars() {
                    let mut next = line.clone();
                    next.push(ch);
                    if !line.is_empty() && self.width(style, &next) > max_width {
                        let between_letters = ch.is_alphabetic()
                            && line.chars().last().is_some_and(char::is_alphabetic);
                        let mut carried = String::new();
                        if between_letters {
                            // Room for the hyphen: the line's last letters move on with it.
                            while line.chars().count() > 1
                                && self.width(style, &format!("{line}-")) > max_width
                            {
                                if let Some(last) = line.pop() {
                                    carried.insert(0, last);
                                }
                            }
                            if self.width(style, &format!("{line}-")) <= max_width {
                                line.push('-');
                            }
                        }
                        lines.push(std::mem::take(&mut line));
                        line = carried;
                        line.push(ch);
                    } else {
                        line = next;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `text` shortened with an ellipsis to fit `max_width` (for one-line places like the footer).
    pub fn fit(&self, style: Style, text: &str, max_width: i64) -> String {
        let text = clean(text).replace('\n', " ");
        if self.width(style, &text) <= max_width {
            return text;
        }
        let mut out = String::new();
        for ch in text.chars() {
            let mut next = out.clone();
            next.push(ch);
            next.push('…');
            if self.width(style, &next) > max_width {
                break;
            }
            out.push(ch);
        }
        out.push('…');
        out
    }
}

/// What the PDF prints for a character its font has no glyph for.
pub const MISSING_GLYPH: char = '□';

/// Tabs become spaces; other control characters, soft hyphens and zero-width characters go;
/// line breaks stay.
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            // The joiners go later, in `Fonts::printable`, which needs them to join emoji.
            '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// A table column: title, width and alignment.
pub struct Column {
    pub title: String,
    pub width: i64,
    pub align: Align,
}

impl Column {
    pub fn new(title: impl Into<String>, width: i64, align: Align) -> Self {
        Self {
            title: title.into(),
            width,
            align,
        }
    }
}

/// A table row: its cells, and whether it is a bold (total) or shaded row.
pub struct Row {
    pub cells: Vec<String>,
    pub bold: bool,
    pub shaded: bool,
}

impl Row {
    pub fn new(cells: Vec<String>) -> Self {
        Self {
            cells,
            bold: false,
            shaded: false,
        }
    }
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    pub fn shaded(mut self, shaded: bool) -> Self {
        self.shaded = shaded;
        self
    }
}

const CELL_PAD: i64 = 3_000;
/// A table's header starts a new page unless this many rows fit under it.
const KEEP_ROWS: usize = 3;
/// A cell's padding on both sides: its text has the column's width less this.
pub const CELL_PAD_BOTH: i64 = 2 * CELL_PAD;

/// The document being laid out: finished pages, and the page being filled from `y` downwards.
pub struct Layout<'f> {
    pub fonts: &'f Fonts,
    page: Page,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// The top of the free space on the current page.
    y: i64,
    /// Headings not drawn yet: each is drawn when what follows it asks for room, on the page
    /// where the first lines of that fit too, so no heading is left at the foot of a page.
    pending: Vec<PendingHeading>,
}

/// A heading waiting for what follows it.
struct PendingHeading {
    style: Style,
    lines: Vec<String>,
    /// At least this much of what follows stays on the heading's page.
    keep: i64,
    /// Space asked for after it before anything else was drawn.
    after: i64,
}

impl PendingHeading {
    /// From the top of the space above it to the top of what follows.
    fn height(&self) -> i64 {
        let lines = i64::try_from(self.lines.len()).unwrap_or(1);
        self.style.size / 2 + lines * self.style.line_height() + self.style.size / 4 + self.after
    }
}

/// Whether the space between `before` and `after` must not break a line: inside a number
/// written in groups («1 300,00», «236 133,33…»), and between a number and its unit («kr»,
/// «%», «NOK 450,000.00»).
fn glued(before: &str, after: &str) -> bool {
    let ends_in_digit = before.chars().last().is_some_and(|c| c.is_ascii_digit());
    let mut next = after.chars();
    let group = after.chars().take(3).filter(char::is_ascii_digit).count() == 3
        && !after.chars().nth(3).is_some_and(|c| c.is_ascii_digit());
    let unit = after == "kr"
        || after.starts_with("kr") && !next.nth(2).is_some_and(char::is_alphabetic)
        || after.starts_with('%');
    (ends_in_digit && (group || unit))
        || (before == "NOK" && after.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// The words of a paragraph, with the spaces [`glued`] keeps kept inside them.
fn unbreakable_words(paragraph: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(last) if glued(last.rsplit(' ').next().unwrap_or(last), word) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
    }
    words
}

impl<'f> Layout<'f> {
    /// A document on portrait pages.
    pub fn new(fonts: &'f Fonts) -> Self {
        Self::with_page(fonts, Page::Portrait)
    }

    pub fn with_page(fonts: &'f Fonts, page: Page) -> Self {
        Self {
            fonts,
            page,
            pages: Vec::new(),
            ops: Vec::new(),
            y: page.height() - MARGIN_TOP,
            pending: Vec::new(),
        }
    }

    pub fn page(&self) -> Page {
        self.page
    }

    /// The width between the margins.
    pub fn content_width(&self) -> i64 {
        self.page.content_width()
    }

    /// Height left on the current page.
    pub fn room(&self) -> i64 {
        self.y - MARGIN_BOTTOM
    }

    /// Usable height of a whole page.
    pub fn page_room(&self) -> i64 {
        self.page.height() - MARGIN_TOP - MARGIN_BOTTOM
    }

    pub fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = self.page.height() - MARGIN_TOP;
    }

    /// Starts a new page unless `height` still fits on this one. Headings waiting for what
    /// follows are drawn first, on the page where they fit with `height` (or their `keep`).
    pub fn need(&mut self, height: i64) {
        if self.pending.is_empty() {
            self.need_room(height);
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let above: i64 = pending.iter().map(PendingHeading::height).sum();
        let keep = pending.iter().map(|h| h.keep).max().unwrap_or(0);
        self.need_room(above + height.max(keep).min(self.page_room() - above));
        for h in pending {
            self.y -= h.style.size / 2;
            for line in &h.lines {
                self.y -= h.style.line_height();
                self.text_at(
                    MARGIN_X,
                    self.y + h.style.line_height() / 4,
                    h.style,
                    BLACK,
                    line,
                );
            }
            self.y -= h.style.size / 4 + h.after;
        }
    }

    fn need_room(&mut self, height: i64) {
        if height > self.room() && self.y < self.page.height() - MARGIN_TOP {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: i64) {
        if let Some(last) = self.pending.last_mut() {
            last.after += height;
            return;
        }
        self.y -= height;
        if self.y < MARGIN_BOTTOM {
            self.new_page();
        }
    }

    /// Top of free space (for drawings that place themselves), below any heading waiting.
    pub fn y(&mut self) -> i64 {
        self.need(0);
        self.y
    }

    pub fn advance_to(&mut self, y: i64) {
        self.y = y;
    }

    /// One line of text with its baseline at `baseline`.
    pub fn text_at(&mut self, x: i64, baseline: i64, style: Style, colour_: Colour, text: &str) {
        let text = self.fonts.printable(text);
        let (_, id) = self.fonts.face(style.face);
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFillColor {
                col: colour(colour_),
            },
            Op::SetFont {
                font: PdfFontHandle::External(id.clone()),
                size: pt(style.size),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: pt(x),
                    y: pt(baseline),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.into_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Text flowing from the current position, wrapped to `width` from `x`, onto new pages as
    /// needed; its first two lines stay together (and with a heading before them).
    pub fn paragraph_at(&mut self, x: i64, width: i64, style: Style, colour_: Colour, text: &str) {
        let lines = self.fonts.wrap(style, text, width);
        let first = i64::try_from(lines.len().min(2)).unwrap_or(1);
        self.need(first * style.line_height());
        for line in lines {
            self.need(style.line_height());
            self.y -= style.line_height();
            self.text_at(x, self.y + style.line_height() / 4, style, colour_, &line);
        }
    }

    pub fn paragraph(&mut self, style: Style, text: &str) {
        self.paragraph_at(MARGIN_X, self.content_width(), style, BLACK, text);
    }

    /// A heading, kept on the same page as the first lines of what follows it, and at least
    /// `keep` of it: it is drawn when what follows asks for room.
    pub fn heading(&mut self, style: Style, text: &str, keep: i64) {
        let lines = self.fonts.wrap(style, text, self.content_width());
        self.pending.push(PendingHeading {
            style,
            lines,
            keep,
            after: 0,
        });
    }

    /// `label: value` lines with the labels in one column.
    pub fn key_values(&mut self, rows: &[(String, String)], label_width: i64) {
        // The first row stays with what is above it.
        if let Some((label, value)) = rows.first() {
            let lines = self
                .fonts
                .wrap(SMALL_BOLD, label, label_width - CELL_PAD)
                .len()
                .max(
                    self.fonts
                        .wrap(BODY, value, self.content_width() - label_width)
                        .len(),
                );
            self.need(i64::try_from(lines).unwrap_or(1) * BODY.line_height());
        }
        for (label, value) in rows {
            let labels = self.fonts.wrap(SMALL_BOLD, label, label_width - CELL_PAD);
            let values = self
                .fonts
                .wrap(BODY, value, self.content_width() - label_width);
            let lh = BODY.line_height();
            for i in 0..labels.len().max(values.len()) {
                self.need(lh);
                self.y -= lh;
                let baseline = self.y + lh / 4;
                if let Some(l) = labels.get(i) {
                    self.text_at(MARGIN_X, baseline, SMALL_BOLD, GREY, l);
                }
                if let Some(v) = values.get(i) {
                    self.text_at(MARGIN_X + label_width, baseline, BODY, BLACK, v);
                }
            }
            self.y -= lh / 5;
        }
    }

    /// A table. Cells wrap within their column; the header row repeats at the top of every page
    /// the table runs onto; a row taller than a page is split between lines.
    pub fn table(&mut self, columns: &[Column], rows: &[Row], style: Style) {
        let lh = style.line_height();
        let header_style = Style::new(Face::Bold, style.size);
        let wrap_row = |cells: &[String], st: Style| -> Vec<Vec<String>> {
            columns
                .iter()
                .enumerate()
                .map(|(i, col)| {
                    let text = cells.get(i).map(String::as_str).unwrap_or("");
                    self.fonts.wrap(st, text, col.width - CELL_PAD_BOTH)
                })
                .collect()
        };
        let header: Vec<String> = columns.iter().map(|c| c.title.clone()).collect();
        let header_cells = wrap_row(&header, header_style);
        let header_height = lines_in(&header_cells) * lh + CELL_PAD;

        // The header keeps the first few rows with it on its page.
        let first_rows_height: i64 = rows
            .iter()
            .take(KEEP_ROWS)
            .map(|r| lines_in(&wrap_row(&r.cells, style)) * lh + CELL_PAD)
            .sum();
        self.need(header_height + first_rows_height.min(self.page_room() / 3));
        self.draw_row(columns, &header_cells, header_style, None, true);

        for row in rows {
            let st = if row.bold { header_style } else { style };
            let cells = wrap_row(&row.cells, st);
            let height = lines_in(&cells) * lh + CELL_PAD;
            if height > self.room() && height <= self.page_room() - header_height {
                self.new_page();
                self.draw_row(columns, &header_cells, header_style, None, true);
            }
            let shade = row.shaded.then_some(SHADE);
            if height <= self.room() {
                self.draw_row(columns, &cells, st, shade, false);
            } else {
                // Taller than a page: one line at a time, continuing under a repeated header.
                let n = usize::try_from(lines_in(&cells)).unwrap_or(0);
                for i in 0..n {
                    if lh + CELL_PAD > self.room() {
                        self.new_page();
                        self.draw_row(columns, &header_cells, header_style, None, true);
                    }
                    let slice: Vec<Vec<String>> = cells
                        .iter()
                        .map(|c| c.get(i).cloned().into_iter().collect())
                        .collect();
                    self.draw_row(columns, &slice, st, shade, i + 1 == n);
                }
            }
        }
    }

    fn draw_row(
        &mut self,
        columns: &[Column],
        cells: &[Vec<String>],
        style: Style,
        shade: Option<Colour>,
        rule_below: bool,
    ) {
        let lh = style.line_height();
        let height = lines_in(cells) * lh + CELL_PAD;
        let top = self.y;
        if let Some(c) = shade {
            self.rect(MARGIN_X, top - height, self.content_width(), height, c);
        }
        let mut x = MARGIN_X;
        for (col, lines) in columns.iter().zip(cells) {
            let mut baseline = top - CELL_PAD / 2 - lh + lh / 4;
            for line in lines {
                let tx = match col.align {
                    Align::Left => x + CELL_PAD,
                    Align::Right => x + col.width - CELL_PAD - self.fonts.width(style, line),
                };
                self.text_at(tx, baseline, style, BLACK, line);
                baseline -= lh;
            }
            x += col.width;
        }
        self.y = top - height;
        if rule_below {
            self.hline(MARGIN_X, MARGIN_X + self.content_width(), self.y, 600, GREY);
        }
    }

    pub fn rect(&mut self, x: i64, y: i64, w: i64, h: i64, fill: Colour) {
        self.ops.extend([
            Op::SetFillColor { col: colour(fill) },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: pt(x),
                    y: pt(y),
                    width: pt(w),
                    height: pt(h),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
        ]);
    }

    pub fn line(&mut self, from: (i64, i64), to: (i64, i64), thickness: i64, c: Colour) {
        let point = |(x, y): (i64, i64)| LinePoint {
            p: Point { x: pt(x), y: pt(y) },
            bezier: false,
        };
        self.ops.extend([
            Op::SetOutlineColor { col: colour(c) },
            Op::SetOutlineThickness { pt: pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(from), point(to)],
                    is_closed: false,
                },
            },
        ]);
    }

    /// A line through `points`, dashed by `dash` (lengths on, off, … in millipoints; empty for
    /// a solid line).
    pub fn polyline(&mut self, points: &[(i64, i64)], thickness: i64, c: Colour, dash: &[i64]) {
        if points.len() < 2 {
            return;
        }
        let pattern: Vec<f32> = dash.iter().map(|&d| pt(d).0).collect();
        self.ops.extend([
            Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &pattern),
            },
            Op::SetOutlineColor { col: colour(c) },
            Op::SetOutlineThickness { pt: pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: points
                        .iter()
                        .map(|&(x, y)| LinePoint {
                            p: Point { x: pt(x), y: pt(y) },
                            bezier: false,
                        })
                        .collect(),
                    is_closed: false,
                },
            },
            Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            },
        ]);
    }

    pub fn hline(&mut self, x1: i64, x2: i64, y: i64, thickness: i64, c: Colour) {
        self.line((x1, y), (x2, y), thickness, c);
    }

    /// The finished pages, each with a footer: `left` at the left, "page X of Y" at the right.
    pub fn finish(mut self, left: &str, page_of: impl Fn(usize, usize) -> String) -> Vec<Vec<Op>> {
        // A heading with nothing after it is still printed.
        self.need(0);
        if !self.ops.is_empty() || self.pages.is_empty() {
            self.pages.push(std::mem::take(&mut self.ops));
        }
        let total = self.pages.len();
        let fonts = self.fonts;
        let (page, content_w) = (self.page, self.content_width());
        let mut pages = std::mem::take(&mut self.pages);
        for (i, ops) in pages.iter_mut().enumerate() {
            let right = page_of(i + 1, total);
            let right_w = fonts.width(SMALL, &right);
            let left = fonts.fit(SMALL, left, content_w - right_w - 20_000);
            let mut footer = Layout::with_page(fonts, page);
            footer.hline(MARGIN_X, MARGIN_X + content_w, FOOTER_Y + 11_000, 400, RULE);
            footer.text_at(MARGIN_X, FOOTER_Y, SMALL, GREY, &left);
            footer.text_at(
                MARGIN_X + content_w - right_w,
                FOOTER_Y,
                SMALL,
                GREY,
                &right,
            );
            ops.append(&mut footer.ops);
        }
        pages
    }
}

fn lines_in(cells: &[Vec<String>]) -> i64 {
    i64::try_from(cells.iter().map(Vec::len).max().unwrap_or(0).max(1)).unwrap_or(1)
}
