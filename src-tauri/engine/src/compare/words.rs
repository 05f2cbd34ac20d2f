//! The comparison's words, in bokmål and English: the key figures' names, the sentences of «Hva
//! er forskjellig», and the headings every output of a comparison (the app, the command-line
//! tool, the PDF) prints. Said once, here.

use rust_decimal::Decimal;

use super::{Difference, FigureKey, FigureUnit, Scenario};
use crate::{
    model::calendar::YearMonth,
    text::{
        kr, number, percent,
        words::{month_name, words, year_month as month},
        Locale,
    },
    units::{Nok, Percent, Quantity},
};

/// A key figure's name: the hiring plan's own words where it has the figure.
pub fn figure_label(locale: Locale, key: FigureKey) -> &'static str {
    let plan = words(locale);
    let (nb, en) = match key {
        FigureKey::TotalCost => return plan.total_cost,
        FigureKey::Grants => return plan.grants,
        FigureKey::NetCost => return plan.net_cost,
        FigureKey::PaysInFullFrom => return plan.pays_in_full,
        FigureKey::FundingCliffYear => ("Finansieringsstup, år", "Funding cliff, year"),
        FigureKey::FundingCliffJump => (
            "Finansieringsstup, økning det året",
            "Funding cliff, rise that year",
        ),
        FigureKey::Posts => ("Stillinger", "Posts"),
        FigureKey::FullTimeEquivalents => ("Årsverk", "Full-time equivalents"),
        FigureKey::SupervisionHoursPerYear => (
            "Veiledning, timer per år (snitt)",
            "Supervision, hours a year (average)",
        ),
        FigureKey::SupervisionCostPerYear => (
            "Veiledning, kostnad per år (snitt)",
            "Supervision, cost a year (average)",
        ),
        FigureKey::WorkingAlone => ("Varsel: alene i stillingen", "Warning: working alone"),
        FigureKey::PartTime => ("Varsel: stillinger under 50 %", "Warning: posts under 50 %"),
        FigureKey::TemporaryEndsWithGrant => (
            "Varsel: midlertidig stilling slutter med tilskuddet",
            "Warning: temporary post ends with the grant",
        ),
        FigureKey::NoSupervision => (
            "Varsel: år uten veiledning",
            "Warning: years without supervision",
        ),
    };
    match locale {
        Locale::Nb => nb,
        Locale::En => en,
    }
}

/// The fixed words of a comparison's table and document.
pub struct Words {
    pub title: &'static str,
    pub base: &'static str,
    pub figure: &'static str,
    pub difference: &'static str,
    pub year: &'static str,
    pub net_cost_by_year: &'static str,
    pub what_differs: &'static str,
    pub no_changes: &'static str,
    pub none: &'static str,
    pub outside_years: &'static str,
    pub different_years: &'static str,
    pub what_if: &'static str,
    pub what_if_intro: &'static str,
    pub col_scenario: &'static str,
    pub col_extra_total: &'static str,
    pub col_worst_year: &'static str,
    pub no_year_costs_more: &'static str,
    /// The document: what its figures are, the plans' roles, the chart and the totals row.
    pub intro: &'static str,
    pub compared_with: &'static str,
    pub chart_top: &'static str,
    pub chart_intro: &'static str,
    pub total: &'static str,
    pub difference_from_base: &'static str,
}

const NB: Words = Words {
    title: "Sammenligning av alternativer",
    base: "grunnlag",
    figure: "Nøkkeltall",
    difference: "Forskjell",
    year: "År",
    net_cost_by_year: "Arbeidsgivers kostnad år for år",
    what_differs: "Hva er forskjellig",
    no_changes: "Ingen forskjeller i det som er lagt inn.",
    none: "ingen",
    outside_years: "–",
    different_years: "Planene dekker ulike år. En plan regnes med null kroner i år den ikke dekker (vist som –), og summene gjelder hver plans egne år.",
    what_if: "Hva om …",
    what_if_intro: "Hva arbeidsgiver må betale i tillegg hvis noe går annerledes enn planlagt. Hver rad er planen regnet på nytt med én endring.",
    col_scenario: "Hvis",
    col_extra_total: "Mer for arbeidsgiver i perioden",
    col_worst_year: "Verste år",
    no_year_costs_more: "Ingen år blir dyrere",
    intro: "Alle tall kommer fra hver plans egen beregning. En forskjell er alternativets tall minus grunnlagets, i kroner og i prosent av grunnlagets tall.",
    compared_with: "Sammenlignet med",
    chart_top: "Høyeste årlige kostnad for arbeidsgiver",
    chart_intro: "Arbeidsgivers kostnad etter tilskudd, én linje per plan. Tallene står i tabellen under.",
    total: "Sum",
    difference_from_base: "Forskjell fra grunnlaget",
};

const EN: Words = Words {
    title: "Comparison of alternatives",
    base: "base",
    figure: "Key figure",
    difference: "Difference",
    year: "Year",
    net_cost_by_year: "Employer's cost year by year",
    what_differs: "What differs",
    no_changes: "No differences in what has been entered.",
    none: "none",
    outside_years: "–",
    different_years: "The plans cover different years. A plan counts as zero kroner in a year it does not cover (shown as –), and the totals are each plan's own years.",
    what_if: "What if …",
    what_if_intro: "What the employer pays on top if something goes differently than planned. Each row is the plan computed again with one change.",
    col_scenario: "If",
    col_extra_total: "More for the employer over the period",
    col_worst_year: "Worst year",
    no_year_costs_more: "No year costs more",
    intro: "Every figure comes from each plan's own projection. A difference is the alternative's figure minus the base's, in kroner and as a percentage of the base's figure.",
    compared_with: "Compared with",
    chart_top: "Highest yearly cost for the employer",
    chart_intro: "The employer's cost after grants, one line per plan. The figures are in the table below.",
    total: "Total",
    difference_from_base: "Difference from the base",
};

pub fn comparison_words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Nb => &NB,
        Locale::En => &EN,
    }
}

/// A stress test in words.
pub fn scenario_label(locale: Locale, scenario: Scenario) -> &'static str {
    let (nb, en) = match scenario {
        Scenario::GrantsEndYearEarlier => (
            "alle tilskudd slutter ett år tidligere enn planlagt",
            "every grant ends a year earlier than planned",
        ),
        Scenario::GrantsHalvedFromSecondYear => (
            "tilskuddene halveres fra sitt andre år",
            "the grants are halved from their second year",
        ),
        Scenario::WageGrowthPlusOne => (
            "lønnsveksten blir ett prosentpoeng høyere",
            "wage growth is one percentage point higher",
        ),
        Scenario::PriceGrowthPlusTwo => (
            "prisveksten blir to prosentpoeng høyere",
            "price growth is two percentage points higher",
        ),
    };
    match locale {
        Locale::Nb => nb,
        Locale::En => en,
    }
}

/// "+12 345,00 kr i 2031" / "+NOK 12,345.00 in 2031".
pub fn in_year(locale: Locale, year: i32, amount: &str) -> String {
    match locale {
        Locale::Nb => format!("{amount} i {year}"),
        Locale::En => format!("{amount} in {year}"),
    }
}

/// "Forskjell fra «Bydel Nord»" / "Difference from “North district”".
pub fn difference_from(locale: Locale, base: &str) -> String {
    match locale {
        Locale::Nb => format!("Forskjell fra «{base}»"),
        Locale::En => format!("Difference from “{base}”"),
    }
}

/// One way an alternative's inputs differ from the base's.
pub(super) enum Change {
    Years {
        from: (i32, i32),
        to: (i32, i32),
    },
    Zone {
        from: &'static str,
        to: &'static str,
    },
    AgaOverride {
        from: Option<Percent>,
        to: Option<Percent>,
    },
    PostCount {
        from: usize,
        to: usize,
    },
    PostAdded {
        label: String,
        fte: Percent,
        salary: Nok,
    },
    PostRemoved {
        label: String,
    },
    PostFte {
        label: String,
        from: Percent,
        to: Percent,
    },
    PostSalary {
        label: String,
        from: Nok,
        to: Nok,
    },
    PostStart {
        label: String,
        from: YearMonth,
        to: YearMonth,
    },
    PostEnd {
        label: String,
        from: Option<YearMonth>,
        to: Option<YearMonth>,
    },
    PostHoliday {
        label: String,
        from: Percent,
        to: Percent,
    },
    PostPension {
        label: String,
        from: Percent,
        to: Percent,
    },
    WageGrowth {
        from: Percent,
        to: Percent,
    },
    RegulationMonth {
        from: u8,
        to: u8,
    },
    PriceGrowth {
        from: Percent,
        to: Percent,
    },
    GrantAdded {
        name: String,
    },
    GrantRemoved {
        name: String,
    },
    GrantChanged {
        name: String,
        first_year: Option<(i32, i32)>,
        amounts: bool,
        posts: bool,
    },
    CostAdded {
        name: String,
        yearly: Option<Decimal>,
    },
    CostRemoved {
        name: String,
    },
    CostChanged {
        name: String,
        amount: Option<(Decimal, Decimal)>,
        /// Whether the amount is now for each post (`Some(true)`) or for the plan as a whole.
        per_post: Option<bool>,
    },
}

fn end(locale: Locale, end: Option<YearMonth>) -> String {
    match (end, locale) {
        (Some(m), Locale::Nb) => format!("midlertidig til {}", month(locale, m)),
        (Some(m), Locale::En) => format!("temporary until {}", month(locale, m)),
        (None, Locale::Nb) => "fast".to_owned(),
        (None, Locale::En) => "permanent".to_owned(),
    }
}

fn pc(locale: Locale, p: Percent) -> String {
    percent(locale, p.get())
}

fn money(locale: Locale, n: Nok) -> String {
    kr(locale, n.get())
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// `change` as a sentence: the alternative's value first, the base's in brackets.
pub(super) fn change(locale: Locale, change: &Change) -> String {
    let nb = locale == Locale::Nb;
    match change {
        Change::Years { from, to } => {
            if nb {
                format!(
                    "Planen dekker {}–{} (grunnlaget: {}–{}).",
                    to.0, to.1, from.0, from.1
                )
            } else {
                format!(
                    "The plan covers {}–{} (base: {}–{}).",
                    to.0, to.1, from.0, from.1
                )
            }
        }
        Change::Zone { from, to } => {
            if nb {
                format!("Sone for arbeidsgiveravgift {to} (grunnlaget: sone {from}).")
            } else {
                format!("Employer's contribution zone {to} (base: zone {from}).")
            }
        }
        Change::AgaOverride { from, to } => {
            let rate = |r: &Option<Percent>| match r {
                Some(r) => pc(locale, *r),
                None if nb => "satsen for sonen".to_owned(),
                None => "the zone's rate".to_owned(),
            };
            if nb {
                format!(
                    "Arbeidsgiveravgift: {} (grunnlaget: {}).",
                    rate(to),
                    rate(from)
                )
            } else {
                format!(
                    "Employer's contribution: {} (base: {}).",
                    rate(to),
                    rate(from)
                )
            }
        }
        Change::PostCount { from, to } => {
            if nb {
                format!(
                    "{to} {} (grunnlaget: {from}).",
                    plural(*to, "stilling", "stillinger")
                )
            } else {
                format!("{to} {} (base: {from}).", plural(*to, "post", "posts"))
            }
        }
        Change::PostAdded { label, fte, salary } => {
            if nb {
                format!(
                    "{label} er ny: {} med årslønn {} ved 100 %.",
                    pc(locale, *fte),
                    money(locale, *salary)
                )
            } else {
                format!(
                    "{label} is new: {} with a salary of {} at 100 %.",
                    pc(locale, *fte),
                    money(locale, *salary)
                )
            }
        }
        Change::PostRemoved { label } => {
            if nb {
                format!("{label} i grunnlaget er ikke med.")
            } else {
                format!("{label} of the base is left out.")
            }
        }
        Change::PostFte { label, from, to } => {
            if nb {
                format!(
                    "{label}: stillingsprosent {} (grunnlaget: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            } else {
                format!(
                    "{label}: share of full time {} (base: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            }
        }
        Change::PostSalary { label, from, to } => {
            if nb {
                format!(
                    "{label}: årslønn ved 100 % {} (grunnlaget: {}).",
                    money(locale, *to),
                    money(locale, *from)
                )
            } else {
                format!(
                    "{label}: salary at 100 % {} (base: {}).",
                    money(locale, *to),
                    money(locale, *from)
                )
            }
        }
        Change::PostStart { label, from, to } => {
            if nb {
                format!(
                    "{label}: starter {} (grunnlaget: {}).",
                    month(locale, *to),
                    month(locale, *from)
                )
            } else {
                format!(
                    "{label}: starts {} (base: {}).",
                    month(locale, *to),
                    month(locale, *from)
                )
            }
        }
        Change::PostEnd { label, from, to } => {
            if nb {
                format!(
                    "{label}: {} (grunnlaget: {}).",
                    end(locale, *to),
                    end(locale, *from)
                )
            } else {
                format!(
                    "{label}: {} (base: {}).",
                    end(locale, *to),
                    end(locale, *from)
                )
            }
        }
        Change::PostHoliday { label, from, to } => {
            if nb {
                format!(
                    "{label}: feriepenger {} (grunnlaget: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            } else {
                format!(
                    "{label}: holiday pay {} (base: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            }
        }
        Change::PostPension { label, from, to } => {
            if nb {
                format!(
                    "{label}: pensjon {} (grunnlaget: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            } else {
                format!(
                    "{label}: pension {} (base: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            }
        }
        Change::WageGrowth { from, to } => {
            if nb {
                format!(
                    "Lønnsvekst {} per år (grunnlaget: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            } else {
                format!(
                    "Wage growth {} a year (base: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            }
        }
        Change::RegulationMonth { from, to } => {
            if nb {
                format!(
                    "Lønnsoppgjøret virker fra {} (grunnlaget: {}).",
                    month_name(locale, *to),
                    month_name(locale, *from)
                )
            } else {
                format!(
                    "Wages are regulated in {} (base: {}).",
                    month_name(locale, *to),
                    month_name(locale, *from)
                )
            }
        }
        Change::PriceGrowth { from, to } => {
            if nb {
                format!(
                    "Prisvekst {} per år (grunnlaget: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            } else {
                format!(
                    "Price growth {} a year (base: {}).",
                    pc(locale, *to),
                    pc(locale, *from)
                )
            }
        }
        Change::GrantAdded { name } => {
            if nb {
                format!("Tilskuddet «{name}» er nytt.")
            } else {
                format!("The grant “{name}” is new.")
            }
        }
        Change::GrantRemoved { name } => {
            if nb {
                format!("Tilskuddet «{name}» i grunnlaget er ikke med.")
            } else {
                format!("The grant “{name}” of the base is left out.")
            }
        }
        Change::GrantChanged {
            name,
            first_year,
            amounts,
            posts,
        } => {
            let mut parts = Vec::new();
            if let Some((from, to)) = first_year {
                parts.push(if nb {
                    format!("starter {to} (grunnlaget: {from})")
                } else {
                    format!("starts {to} (base: {from})")
                });
            }
            if *amounts {
                parts.push(
                    if nb {
                        "andre beløp eller satser"
                    } else {
                        "other amounts or rates"
                    }
                    .to_owned(),
                );
            }
            if *posts {
                parts.push(
                    if nb {
                        "gjelder andre stillinger"
                    } else {
                        "covers other posts"
                    }
                    .to_owned(),
                );
            }
            if parts.is_empty() {
                parts.push(
                    if nb {
                        "annet navn eller kilde"
                    } else {
                        "another name or source"
                    }
                    .to_owned(),
                );
            }
            if nb {
                format!("Tilskuddet «{name}»: {}.", parts.join(", "))
            } else {
                format!("The grant “{name}”: {}.", parts.join(", "))
            }
        }
        Change::CostAdded { name, yearly } => match (yearly, nb) {
            (Some(y), true) => format!("Kostnaden «{name}» er ny: {} per år.", kr(locale, *y)),
            (Some(y), false) => format!("The cost “{name}” is new: {} a year.", kr(locale, *y)),
            (None, true) => format!("Kostnaden «{name}» er ny."),
            (None, false) => format!("The cost “{name}” is new."),
        },
        Change::CostRemoved { name } => {
            if nb {
                format!("Kostnaden «{name}» i grunnlaget er ikke med.")
            } else {
                format!("The cost “{name}” of the base is left out.")
            }
        }
        Change::CostChanged {
            name,
            amount,
            per_post,
        } => {
            let mut parts = Vec::new();
            if let Some((from, to)) = amount {
                parts.push(if nb {
                    format!(
                        "{} per år (grunnlaget: {})",
                        kr(locale, *to),
                        kr(locale, *from)
                    )
                } else {
                    format!("{} a year (base: {})", kr(locale, *to), kr(locale, *from))
                });
            }
            if let Some(per_post) = per_post {
                parts.push(
                    match (per_post, nb) {
                        (true, true) => "for hver stilling (grunnlaget: for planen samlet)",
                        (true, false) => "for each post (base: for the plan as a whole)",
                        (false, true) => "for planen samlet (grunnlaget: for hver stilling)",
                        (false, false) => "for the plan as a whole (base: for each post)",
                    }
                    .to_owned(),
                );
            }
            if parts.is_empty() {
                parts.push(
                    if nb {
                        "andre år, kategori, timer eller stilling"
                    } else {
                        "other years, category, hours or post"
                    }
                    .to_owned(),
                );
            }
            if nb {
                format!("Kostnaden «{name}»: {}.", parts.join(", "))
            } else {
                format!("The cost “{name}”: {}.", parts.join(", "))
            }
        }
    }
}

/// A key figure's value as a table shows it: kroner with the unit, years and counts as they are,
/// hours and full-time equivalents as entered; a missing figure as "ingen" / "none".
pub fn value_text(locale: Locale, unit: FigureUnit, value: Option<Quantity>) -> String {
    let Some(value) = value else {
        return comparison_words(locale).none.to_owned();
    };
    let v = value.get();
    match unit {
        FigureUnit::Kroner => kr(locale, v),
        FigureUnit::Year => v.normalize().to_string(),
        FigureUnit::Count | FigureUnit::FullTimeEquivalents | FigureUnit::Hours => {
            number(locale, v)
        }
    }
}

/// A difference with its sign, and for kroner and hours its share of the base:
/// "+46 800,00 kr (+3,5 %)", "−1", "0". Empty where there is none to show.
pub fn difference_text(locale: Locale, unit: FigureUnit, d: Option<&Difference>) -> String {
    let Some(d) = d else {
        return String::new();
    };
    let amount = d.amount.get();
    let sign = |v: Decimal| {
        if v > Decimal::ZERO {
            "+"
        } else if v < Decimal::ZERO {
            "−"
        } else {
            ""
        }
    };
    let text = match unit {
        FigureUnit::Kroner => kr(locale, amount.abs()),
        FigureUnit::Year => {
            let years = amount.abs().normalize();
            match locale {
                Locale::Nb => format!("{years} år"),
                Locale::En if years == Decimal::ONE => "1 year".to_owned(),
                Locale::En => format!("{years} years"),
            }
        }
        FigureUnit::Count | FigureUnit::FullTimeEquivalents | FigureUnit::Hours => {
            number(locale, amount.abs())
        }
    };
    // Zero has no sign: "0,00 kr", "0 år", "0".
    let text = format!("{}{text}", sign(amount));
    match d.percent {
        Some(p) if !amount.is_zero() => {
            let p = p.get();
            format!("{text} ({}{})", sign(p), percent(locale, p.abs()))
        }
        Some(_) | None => text,
    }
}

/// A net cost difference in a year, with its sign: "+15 600,00 kr".
pub fn signed_kr(locale: Locale, value: Decimal) -> String {
    let d = Difference {
        amount: Quantity::from(value),
        percent: None,
    };
    difference_text(locale, FigureUnit::Kroner, Some(&d))
}
