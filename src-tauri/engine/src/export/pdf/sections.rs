//! The sections of the hiring plan, in the order a budget meeting reads them: who and what,
//! the key figures and warnings, the role, the assumptions, the budget, supervision, the
//! checklist, financing after the grant, and the signatures.

use rust_decimal::Decimal;

use crate::{
    model::checklist::{self, PhaseProgress, TEMPLATES},
    model::cost_item::{CostBasis, CostCategory},
    model::position::RoleTask,
};

use super::{
    layout::{
        Align, Column, Layout, Row, BLACK, BODY, CLIFF, CONTENT_W, GREY, H2, H3, MARGIN_X, SMALL,
        SMALL_BOLD, TITLE,
    },
    words::{self, kr, number, percent},
    Context,
};

const LABEL_W: i64 = 150_000;
/// The key figures' labels name their year and what it is («… i 2031, første år uten
/// tilskudd»): a wider column than the header's.
const KEY_LABEL_W: i64 = 215_000;
const KEEP: i64 = 40_000;

pub fn header(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    // A draft says so in red over its title.
    let colour = if cx.missing.is_empty() { GREY } else { CLIFF };
    l.paragraph_at(MARGIN_X, CONTENT_W, SMALL_BOLD, colour, &cx.doc_title());
    l.paragraph(TITLE, &cx.plan.name);
    l.gap(6_000);
    let org = &cx.plan.organisation;
    let mut rows = vec![(w.organisation.to_owned(), dash(&org.name))];
    rows.push((
        w.kind.to_owned(),
        words::kind(cx.locale, org.kind).to_owned(),
    ));
    if let Some(m) = org.municipality.as_deref().filter(|m| !m.trim().is_empty()) {
        rows.push((w.municipality.to_owned(), m.to_owned()));
    }
    rows.push((w.date.to_owned(), cx.date(&cx.info.today)));
    let changed = cx.info.last_changed.as_deref().map(|d| cx.date(d));
    rows.push((
        w.version.to_owned(),
        words::version(
            cx.locale,
            &cx.info.app_version,
            cx.plan.schema_version,
            changed.as_deref(),
        ),
    ));
    l.key_values(&rows, LABEL_W);
}

/// On the first page, for as long as the plan lacks anything: that it is a draft, and what is
/// missing, so a budget meeting never reads an incomplete plan as a finished one.
pub fn draft(cx: &Context, l: &mut Layout) {
    if cx.missing.is_empty() {
        return;
    }
    l.gap(4_000);
    l.heading(H3, &cx.draft_heading(), KEEP / 2);
    for m in &cx.missing {
        bullet(l, &crate::text::missing_text(cx.locale, m));
    }
}

pub fn summary(cx: &Context, l: &mut Layout) {
    let (w, pr) = (cx.words, cx.projection);
    l.heading(H2, w.summary, KEEP);
    let figures = crate::text::summary_figures(cx.locale, pr);
    if figures.is_empty() {
        l.paragraph(
            BODY,
            crate::text::nothing_to_pay(cx.locale, cx.plan.positions.len()),
        );
    }
    let rows: Vec<(String, String)> = figures
        .into_iter()
        .map(|f| {
            let value = match f.detail {
                Some(detail) => format!("{}\n{detail}", f.value),
                None => f.value,
            };
            (f.label, value)
        })
        .collect();
    l.key_values(&rows, KEY_LABEL_W);
    if rows.is_empty() && pr.warnings.is_empty() {
        return;
    }
    l.heading(H3, w.warnings, KEEP / 2);
    if pr.warnings.is_empty() {
        l.paragraph(BODY, w.no_warnings);
    }
    for warning in &pr.warnings {
        bullet(l, &words::warning_text(cx.locale, cx.plan, warning));
    }
}

pub(super) fn bullet(l: &mut Layout, text: &str) {
    // Room for the first line here, so the bullet and the text's first line share a page.
    l.need(BODY.line_height());
    let baseline = l.y() - BODY.line_height() + BODY.line_height() / 4;
    l.text_at(MARGIN_X + 3_000, baseline, BODY, BLACK, "•");
    let width = l.content_width() - 12_000;
    l.paragraph_at(MARGIN_X + 12_000, width, BODY, BLACK, text);
    l.gap(2_000);
}

pub fn role(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    l.heading(H2, w.role, KEEP);
    let tasks: Vec<RoleTask> = [
        RoleTask::IndividualUsers,
        RoleTask::SystemLevel,
        RoleTask::Projects,
        RoleTask::UserOrganisations,
        RoleTask::NextOfKin,
    ]
    .into_iter()
    .filter(|t| cx.plan.tasks.contains(t))
    .collect();
    if tasks.is_empty() {
        l.paragraph(BODY, w.no_tasks);
    } else {
        l.paragraph(SMALL_BOLD, w.tasks);
        for t in tasks {
            bullet(l, words::task(cx.locale, t));
        }
    }
    l.gap(4_000);
    if cx.plan.positions.is_empty() {
        l.paragraph(BODY, w.positions_none);
        return;
    }
    let columns = [
        Column::new(w.col_position, 165_000, Align::Left),
        Column::new(w.col_fte, 85_000, Align::Right),
        Column::new(w.col_salary, 95_000, Align::Right),
        Column::new(w.col_period, 88_000, Align::Left),
        Column::new(w.col_terms, 70_000, Align::Left),
    ];
    let rows: Vec<Row> = cx
        .plan
        .positions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let ym = |m| words::year_month(cx.locale, m);
            let period = match p.end {
                Some(end) => format!("{} – {}", ym(p.start), ym(end)),
                None => format!("{} –", ym(p.start)),
            };
            let terms = if p.is_temporary() {
                w.temporary
            } else {
                w.permanent
            };
            Row::new(vec![
                format!("{}. {}", i + 1, p.title),
                percent(cx.locale, p.fte_percent.get()),
                kr(cx.locale, p.annual_salary.get()),
                period,
                terms.to_owned(),
            ])
            .shaded(i % 2 == 1)
        })
        .collect();
    l.table(&columns, &rows, SMALL);
}

pub fn assumptions(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    l.heading(H2, w.assumptions, KEEP);
    let rows = crate::export::assumptions::rows(cx.plan, cx.projection, cx.locale);
    let columns = [
        Column::new(w.col_assumption, 130_000, Align::Left),
        Column::new(w.col_value, 150_000, Align::Left),
        Column::new(w.col_source, CONTENT_W - 280_000, Align::Left),
    ];
    let rows: Vec<Row> = rows
        .into_iter()
        .enumerate()
        .map(|(i, cells)| Row::new(cells.to_vec()).shaded(i % 2 == 1))
        .collect();
    l.table(&columns, &rows, SMALL);
}

pub fn budget(cx: &Context, l: &mut Layout) {
    let (w, pr) = (cx.words, cx.projection);
    l.heading(H2, w.budget, KEEP * 2);
    l.paragraph_at(MARGIN_X, CONTENT_W, SMALL, GREY, w.budget_intro);
    l.gap(3_000);
    let amount = 71_000;
    let columns = [
        Column::new(w.col_year, 31_000, Align::Left),
        Column::new(w.col_payroll, amount, Align::Right),
        Column::new(w.col_other, amount, Align::Right),
        Column::new(w.col_total, amount, Align::Right),
        Column::new(w.col_grants, amount, Align::Right),
        Column::new(w.col_net, amount, Align::Right),
        Column::new(w.col_share, 44_000, Align::Right),
        Column::new(w.col_running, amount, Align::Right),
    ];
    let n = |v| words::amount(cx.locale, v);
    let mut rows: Vec<Row> = pr
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            Row::new(vec![
                y.year.to_string(),
                n(y.payroll_cost.get()),
                n(y.other_costs.get()),
                n(y.total_cost.get()),
                n(y.grants.get()),
                n(y.net_cost.get()),
                percent(cx.locale, y.grant_share_percent.get()),
                n(y.running_net_cost.get()),
            ])
            .shaded(i % 2 == 1)
        })
        .collect();
    let t = &pr.totals;
    rows.push(
        Row::new(vec![
            w.sum.to_owned(),
            n(t.payroll_cost.get()),
            n(t.other_costs.get()),
            n(t.total_cost.get()),
            n(t.grants.get()),
            n(t.net_cost.get()),
            String::new(),
            String::new(),
        ])
        .bold(),
    );
    l.table(&columns, &rows, super::layout::TABLE);

    if !pr.grants.is_empty() {
        l.heading(H3, w.grant_lines, KEEP);
        // Who gives each grant: the budget meeting asks, and the application goes there.
        for g in &cx.plan.grants {
            let name = if g.name.trim().is_empty() {
                g.id.as_str()
            } else {
                g.name.trim()
            };
            let source = g.source.trim();
            let text = if source.is_empty() {
                format!("{name}: {}", w.grant_source_unknown)
            } else {
                format!("{name}: {} {source}", w.grant_source)
            };
            bullet(l, &text);
        }
        l.gap(2_000);
        // At most six grants side by side; more go in further tables.
        let per_table = pr.grants.len().min(6);
        let width = (CONTENT_W - 40_000) / i64::try_from(per_table).unwrap_or(1);
        for chunk in pr.grants.chunks(6) {
            let mut cols = vec![Column::new(w.col_year, 40_000, Align::Left)];
            cols.extend(
                chunk
                    .iter()
                    .map(|g| Column::new(g.name.clone(), width, Align::Right)),
            );
            let rows: Vec<Row> = pr
                .years
                .iter()
                .enumerate()
                .map(|(yi, y)| {
                    let mut cells = vec![y.year.to_string()];
                    cells.extend(chunk.iter().map(|g| n((g.years[yi].amount).get())));
                    Row::new(cells).shaded(yi % 2 == 1)
                })
                .collect();
            l.table(&cols, &rows, super::layout::TABLE);
            l.gap(6_000);
        }
    }
}

/// «Hva om …»: what the employer pays on top if the grants end early or shrink, or wages or
/// prices grow faster (each a changed copy of the plan, projected again).
pub fn what_if(cx: &Context, l: &mut Layout) {
    if cx.what_if.is_empty() {
        return;
    }
    let w = crate::text::comparison::comparison_words(cx.locale);
    l.heading(H3, w.what_if, KEEP * 2);
    l.paragraph_at(MARGIN_X, CONTENT_W, SMALL, GREY, w.what_if_intro);
    l.gap(3_000);
    let figure = 120_000;
    let columns = [
        Column::new(w.col_scenario, CONTENT_W - 2 * figure, Align::Left),
        Column::new(w.col_extra_total, figure, Align::Right),
        Column::new(w.col_worst_year, figure, Align::Right),
    ];
    let rows: Vec<Row> = cx
        .what_if
        .iter()
        .enumerate()
        .map(|(i, r)| {
            Row::new(vec![
                super::capitalised(&r.label),
                r.extra_net_cost_text.clone(),
                r.worst_year_text.clone(),
            ])
            .shaded(i % 2 == 1)
        })
        .collect();
    l.table(&columns, &rows, super::layout::TABLE);
}

pub fn supervision(cx: &Context, l: &mut Layout) {
    let (w, plan, pr) = (cx.words, cx.plan, cx.projection);
    l.heading(H2, w.supervision, KEEP);
    if !plan
        .cost_items
        .iter()
        .any(|c| c.category == CostCategory::Supervision)
    {
        l.paragraph(BODY, w.supervision_none);
        l.gap(4_000);
    }
    if plan.cost_items.is_empty() {
        return;
    }
    let columns = [
        Column::new(w.col_what, 125_000, Align::Left),
        Column::new(w.col_who, 80_000, Align::Left),
        Column::new(w.col_how_often, 92_000, Align::Left),
        Column::new(w.col_hours, 46_000, Align::Right),
        Column::new(w.col_cost_first, 72_000, Align::Right),
        Column::new(w.col_cost_all, CONTENT_W - 415_000, Align::Right),
    ];
    let order = [
        CostCategory::Supervision,
        CostCategory::Network,
        CostCategory::Training,
        CostCategory::Travel,
        CostCategory::Equipment,
        CostCategory::Other,
    ];
    let mut rows = Vec::new();
    for category in order {
        for (item, projected) in plan
            .cost_items
            .iter()
            .zip(&pr.cost_items)
            .filter(|(c, _)| c.category == category)
        {
            let mut who = if !item.internal {
                w.external.to_owned()
            } else if item.include_internal_cost {
                w.internal_cost_included.to_owned()
            } else {
                w.internal.to_owned()
            };
            who = match &item.position_id {
                Some(id) => format!("{who}; {}", cx.position_label(id)),
                None if item.per_position => format!("{who}; {}", w.each_position),
                None => format!("{who}; {}", w.whole_plan),
            };
            let how_often = match &item.basis {
                CostBasis::PerSession {
                    price,
                    sessions_per_year,
                    hours_per_session,
                } => format!(
                    "{}, {}",
                    words::sessions(cx.locale, *sessions_per_year),
                    words::per_session(cx.locale, price.get(), *hours_per_session)
                ),
                CostBasis::PerHour {
                    rate,
                    hours_per_year,
                } => format!(
                    "{}, {}",
                    words::hours_a_year(cx.locale, *hours_per_year),
                    words::per_hour(cx.locale, rate.get())
                ),
                CostBasis::PerYear { .. } => w.per_year.to_owned(),
                CostBasis::Once { .. } => w.once.to_owned(),
            };
            let first = projected
                .years
                .iter()
                .find(|y| !y.cost.is_zero() || !y.hours.is_zero());
            let total: Decimal = projected.years.iter().map(|y| y.cost.get()).sum();
            let years = match (item.first_year, item.last_year) {
                (Some(a), Some(b)) if a == b => format!(" ({a})"),
                (a, b) => format!(
                    " ({}–{})",
                    a.unwrap_or(plan.first_year),
                    b.unwrap_or(plan.last_year())
                ),
            };
            rows.push(Row::new(vec![
                format!(
                    "{}\n{}{years}",
                    item.name,
                    words::category(cx.locale, item.category)
                ),
                who,
                how_often,
                first
                    .map(|y| number(cx.locale, y.hours))
                    .unwrap_or_default(),
                first
                    .map(|y| format!("{}\n({})", words::amount(cx.locale, y.cost.get()), y.year))
                    .unwrap_or_default(),
                words::amount(cx.locale, total),
            ]));
        }
    }
    let rows: Vec<Row> = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.shaded(i % 2 == 1))
        .collect();
    l.table(&columns, &rows, SMALL);
}

pub fn checklist(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    l.heading(H2, w.checklist, KEEP);
    let columns = [
        Column::new(w.col_item, 250_000, Align::Left),
        Column::new(w.col_status, 72_000, Align::Left),
        Column::new(w.col_owner, 110_000, Align::Left),
        Column::new(w.col_due, CONTENT_W - 432_000, Align::Left),
    ];
    for PhaseProgress {
        phase,
        done,
        relevant,
    } in checklist::progress(&cx.plan.checklist)
    {
        let entries: Vec<_> = cx
            .plan
            .checklist
            .iter()
            .filter(|e| e.phase == phase)
            .collect();
        if entries.is_empty() {
            continue;
        }
        let heading = words::phase_progress(cx.locale, phase, done, relevant);
        l.heading(H3, &heading, KEEP);
        let rows: Vec<Row> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let template = e
                    .template_id
                    .as_deref()
                    .and_then(|id| TEMPLATES.iter().find(|t| t.id == id));
                let mut title = match template {
                    Some(t) => {
                        crate::text::in_language(cx.locale, t.title_nb, t.title_en).to_owned()
                    }
                    None => format!("{} ({})", e.title, w.own_item),
                };
                if !e.note.trim().is_empty() {
                    title = format!("{title}\n{}: {}", w.note, e.note.trim());
                }
                Row::new(vec![
                    title,
                    words::status(cx.locale, e.status).to_owned(),
                    e.owner.clone(),
                    if e.due.is_empty() {
                        String::new()
                    } else {
                        cx.date(&e.due)
                    },
                ])
                .shaded(i % 2 == 1)
            })
            .collect();
        l.table(&columns, &rows, SMALL);
    }
}

pub fn financing(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    l.heading(H2, w.financing, KEEP);
    let text = cx.plan.financing_after_grants.trim();
    if text.is_empty() {
        l.paragraph_at(MARGIN_X, CONTENT_W, BODY, GREY, w.financing_missing);
    } else {
        l.paragraph(BODY, text);
    }
}

pub fn signatures(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    let block = 110_000;
    l.heading(H2, w.signatures, block);
    l.paragraph(BODY, w.signatures_intro);
    let half = (CONTENT_W - 30_000) / 2;
    let top = l.y() - 40_000;
    for (i, role) in [w.unit_leader, w.hr].into_iter().enumerate() {
        let x = MARGIN_X + i64::try_from(i).unwrap_or(0) * (half + 30_000);
        l.hline(x, x + half, top, 600, BLACK);
        l.text_at(
            x,
            top - 11_000,
            SMALL_BOLD,
            BLACK,
            &format!("{} – {}", w.signature, role),
        );
        l.hline(x, x + half, top - 45_000, 600, BLACK);
        l.text_at(x, top - 56_000, SMALL, GREY, w.place_date);
    }
    l.advance_to(top - 62_000);
}

/// A dash for text left empty.
fn dash(text: &str) -> String {
    if text.trim().is_empty() {
        "–".to_owned()
    } else {
        text.to_owned()
    }
}
