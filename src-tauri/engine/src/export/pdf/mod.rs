//! The hiring plan as a PDF: the document the employer takes to the budget meeting. It is laid
//! out from the same [`Projection`] the app shows, so every figure in it is one the screen and
//! the command-line tool also report, and its appendix lets a reader redo each one by hand.
//!
//! A4 pages, text in an embedded DejaVu Sans, cut to the Latin, Greek and Cyrillic scripts
//! (`assets/fonts/unicode-ranges.txt`); printpdf subsets it again so each PDF stores only the
//! glyphs it uses. "Today" is an argument, like everywhere in the engine.

mod appendix;
mod budget;
mod chart;
mod comparison;
mod layout;
mod portfolio;
mod sections;

pub use comparison::{render_compared, render_comparison};
pub use portfolio::render_portfolio;

pub use words::warning_text;

use std::io::Read;

use printpdf::{ParsedFont, PdfDocument, PdfPage, PdfSaveOptions};

use super::DocumentInfo;
use crate::{
    compare::stress::{what_if_from, StressResult},
    error::{EngineError, Result},
    model::{calendar::parse_date, plan::Plan},
    projection::{project, Projection},
    text::{words, Locale},
    validate::completeness::{missing, Missing},
};
use layout::{Fonts, Layout};

/// The two faces (`assets/fonts/`), deflated by `build.rs`; [`inflate`] gives the TrueType file.
static REGULAR_TTF: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans.ttf.deflate"));
static BOLD_TTF: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans-Bold.ttf.deflate"));

/// The TrueType file of a built-in face.
fn inflate(deflated: &[u8]) -> Result<Vec<u8>> {
    let mut ttf = Vec::with_capacity(deflated.len() * 2);
    flate2::read::DeflateDecoder::new(deflated)
        .read_to_end(&mut ttf)
        .map_err(|_| EngineError::Pdf("the embedded font could not be unpacked".into()))?;
    Ok(ttf)
}

/// Everything a section needs to write itself.
struct Context<'a> {
    plan: &'a Plan,
    projection: &'a Projection,
    info: &'a DocumentInfo,
    locale: Locale,
    words: &'static words::Words,
    /// «Hva om …», worked out for the document.
    what_if: Vec<StressResult>,
    /// What the plan still lacks: while anything does, the document is a draft.
    missing: Vec<Missing>,
}

impl Context<'_> {
    fn position_label(&self, id: &str) -> String {
        words::position_label_of(self.locale, self.plan, id)
    }

    fn date(&self, iso: &str) -> String {
        crate::text::date(self.locale, iso)
    }

    /// The line over the title: what the document is, and that it is a draft while it is one.
    fn doc_title(&self) -> String {
        if self.missing.is_empty() {
            self.words.doc_title.to_owned()
        } else {
            format!("{} – {}", self.words.doc_title, self.words.draft)
        }
    }

    /// The heading over what is missing: «Utkast: dette mangler før planen er komplett».
    fn draft_heading(&self) -> String {
        let heading = crate::text::missing_heading(self.locale);
        let mut chars = heading.chars();
        let lowered: String = chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        format!("{}: {lowered}", capitalised(self.words.draft))
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The plan as a PDF document.
///
/// # Errors
/// The plan's first validation error (the same the projection gives), an invalid `today`, or
/// [`EngineError::Pdf`] if the embedded font cannot be read.
pub fn render(plan: &Plan, info: &DocumentInfo) -> Result<Vec<u8>> {
    let projection = project(plan)?;
    render_projection(plan, &projection, info)
}

/// As [`render`], for a projection already computed from `plan`.
///
/// # Errors
/// An invalid `today`, or [`EngineError::Pdf`] if the embedded font cannot be read.
pub fn render_projection(
    plan: &Plan,
    projection: &Projection,
    info: &DocumentInfo,
) -> Result<Vec<u8>> {
    let words = words::words(info.locale);
    let (doc, fonts) = document(
        &format!("{} – {}", words.doc_title, plan.name),
        &plan.organisation.name,
        &info.today,
    )?;
    let cx = Context {
        plan,
        projection,
        info,
        locale: info.locale,
        words,
        // The plan is valid (it has a projection); a stress test whose changed copy is not
        // valid is left out by what_if_from.
        what_if: what_if_from(plan, projection, info.locale)?,
        missing: missing(plan),
    };
    let mut layout = Layout::new(&fonts);
    sections::header(&cx, &mut layout);
    sections::draft(&cx, &mut layout);
    sections::summary(&cx, &mut layout);
    chart::chart(&cx, &mut layout);
    sections::role(&cx, &mut layout);
    sections::assumptions(&cx, &mut layout);
    sections::budget(&cx, &mut layout);
    sections::what_if(&cx, &mut layout);
    sections::supervision(&cx, &mut layout);
    sections::checklist(&cx, &mut layout);
    sections::financing(&cx, &mut layout);
    sections::signatures(&cx, &mut layout);
    appendix::appendix(&cx, &mut layout);
    let footer = if cx.missing.is_empty() {
        plan.name.clone()
    } else {
        format!("{} – {}", plan.name, words.draft)
    };
    Ok(save(doc, layout, &footer, info.locale))
}

/// A new document titled `title`, with the embedded faces, and the file's own dates set to
/// `today` (YYYY-MM-DD), the day printed on it (printpdf would leave 1 January 1970).
fn document(title: &str, author: &str, today: &str) -> Result<(PdfDocument, Fonts)> {
    let today = parse_date("today", today)?;
    let font = |deflated: &[u8]| {
        ParsedFont::from_bytes(&inflate(deflated)?, 0, &mut Vec::new())
            .ok_or_else(|| EngineError::Pdf("the embedded font could not be read".into()))
    };
    let (regular, bold) = (font(REGULAR_TTF)?, font(BOLD_TTF)?);
    let mut doc = PdfDocument::new(title);
    let stamp = printpdf::DateTime {
        date: printpdf::Date {
            year: today.year(),
            month: u8::from(today.month()),
            day: today.day(),
        },
        time: printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    };
    let meta = &mut doc.metadata.info;
    meta.creation_date = stamp;
    meta.modification_date = stamp;
    meta.metadata_date = stamp;
    meta.creator = "Erfaringsplan".into();
    meta.author = author.trim().to_owned();
    let regular_id = doc.add_font(&regular);
    let bold_id = doc.add_font(&bold);
    Ok((doc, Fonts::new(regular, bold, regular_id, bold_id)))
}

/// The laid-out pages, each with the footer (`footer` at the left, "page X of Y" at the right),
/// as the bytes of the PDF file.
fn save(mut doc: PdfDocument, layout: Layout, footer: &str, locale: Locale) -> Vec<u8> {
    let (width, height) = layout.page().mm();
    let pages = layout
        .finish(footer, |page, total| words::page_of(locale, page, total))
        .into_iter()
        .map(|ops| PdfPage::new(width, height, ops))
        .collect();
    let mut warnings = Vec::new();
    doc.with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warnings)
}

#[cfg(test)]
mod tests;
