//! The comparison's words, in bokmål and English: the key figures' names, the sentences of «Hva
//! er forskjellig», and the headings every output of a comparison (the app, the command-line
//! tool, the PDF) prints. Said once, here.

use rust_decimal::Decimal;

use super::{
    kr, number, percent,
    words::{month_name, words, year_month as month},
    Locale,
};
use crate::{
    model::{
        calendar::YearMonth,
        figure::{FigureKey, FigureUnit},
        scenario::Scenario,
    },
    units::{Difference, Nok, Percent, Quantity},
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

/// An input of the plan that can hold another value in an alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    Years,
    Zone,
    AgaRate,
    Fte,
    Salary,
    Start,
    End,
    HolidayPay,
    Pension,
    WageGrowth,
    RegulationMonth,
    PriceGrowth,
}

/// How a sentence about `Input` reads around its two values: `{before}{to}{after} (base:
/// {from_before}{from})`.
struct Template {
    before: &'static str,
    after: &'static str,
    from_before: &'static str,
}

const fn t(before: &'static str, after: &'static str) -> Template {
    Template {
        before,
        after,
        from_before: "",
    }
}

impl Input {
    fn template(self, locale: Locale) -> Template {
        match (self, locale) {
            (Input::Years, Locale::Nb) => t("Planen dekker ", ""),
            (Input::Years, Locale::En) => t("The plan covers ", ""),
            (Input::Zone, Locale::Nb) => Template {
                from_before: "sone ",
                ..t("Sone for arbeidsgiveravgift ", "")
            },
            (Input::Zone, Locale::En) => Template {
                from_before: "zone ",
                ..t("Employer's contribution zone ", "")
            },
            (Input::AgaRate, Locale::Nb) => t("Arbeidsgiveravgift: ", ""),
            (Input::AgaRate, Locale::En) => t("Employer's contribution: ", ""),
            (Input::Fte, Locale::Nb) => t("stillingsprosent ", ""),
            (Input::Fte, Locale::En) => t("share of full time ", ""),
            (Input::Salary, Locale::Nb) => t("årslønn ved 100 % ", ""),
            (Input::Salary, Locale::En) => t("salary at 100 % ", ""),
            (Input::Start, Locale::Nb) => t("starter ", ""),
            (Input::Start, Locale::En) => t("starts ", ""),
            (Input::End, _) => t("", ""),
            (Input::HolidayPay, Locale::Nb) => t("feriepenger ", ""),
            (Input::HolidayPay, Locale::En) => t("holiday pay ", ""),
            (Input::Pension, Locale::Nb) => t("pensjon ", ""),
            (Input::Pension, Locale::En) => t("pension ", ""),
            (Input::WageGrowth, Locale::Nb) => t("Lønnsvekst ", " per år"),
            (Input::WageGrowth, Locale::En) => t("Wage growth ", " a year"),
            (Input::RegulationMonth, Locale::Nb) => t("Lønnsoppgjøret virker fra ", ""),
            (Input::RegulationMonth, Locale::En) => t("Wages are regulated in ", ""),
            (Input::PriceGrowth, Locale::Nb) => t("Prisvekst ", " per år"),
            (Input::PriceGrowth, Locale::En) => t("Price growth ", " a year"),
        }
    }
}

/// A value of an input, as «Hva er forskjellig» writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// The first and the last year.
    Years(i32, i32),
    Zone(&'static str),
    /// A rate set by hand, or none (the zone's).
    Rate(Option<Percent>),
    Percent(Percent),
    Nok(Nok),
    Month(YearMonth),
    /// The last month of a temporary post, or none (permanent).
    End(Option<YearMonth>),
    /// A month of the year, 1–12.
    MonthOfYear(u8),
    /// A pension rate with its scheme (when the scheme is what changed).
    Pension(Percent, crate::model::position::PensionScheme),
}

impl Shown {
    fn text(self, locale: Locale) -> String {
        let nb = locale == Locale::Nb;
        match self {
            Shown::Years(first, last) => format!("{first}–{last}"),
            Shown::Zone(zone) => zone.to_owned(),
            Shown::Rate(Some(rate)) | Shown::Percent(rate) => percent(locale, rate.get()),
            Shown::Rate(None) if nb => "satsen for sonen".to_owned(),
            Shown::Rate(None) => "the zone's rate".to_owned(),
            Shown::Nok(amount) => kr(locale, amount.get()),
            Shown::Month(m) => month(locale, m),
            Shown::End(Some(m)) if nb => format!("midlertidig til {}", month(locale, m)),
            Shown::End(Some(m)) => format!("temporary until {}", month(locale, m)),
            Shown::End(None) if nb => "fast".to_owned(),
            Shown::End(None) => "permanent".to_owned(),
            Shown::MonthOfYear(m) => month_name(locale, m).to_owned(),
            Shown::Pension(rate, scheme) => {
                // «13,5 %, obligatorisk tjenestepensjon (OTP)»: the scheme's name mid-sentence.
                let name = super::words::scheme_name(locale, scheme);
                let mut chars = name.chars();
                let name: String = chars
                    .next()
                    .map(|c| c.to_lowercase().chain(chars).collect())
                    .unwrap_or_default();
                format!("{}, {name}", percent(locale, rate.get()))
            }
        }
    }
}

/// One way an alternative's inputs differ from the base's.
pub(crate) enum Change {
    /// An input with another value; `post` is the post's label when the input is a post's.
    Value {
        post: Option<String>,
        input: Input,
        from: Shown,
        to: Shown,
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
    GrantAdded {
        name: String,
    },
    CostAdded {
        name: String,
        yearly: Option<Nok>,
    },
    /// Something of the base the alternative leaves out: a post (its label), a grant or a cost.
    Removed(Removed),
    GrantChanged {
        name: String,
        /// The base's name, when the alternative renamed it.
        renamed_from: Option<String>,
        first_year: Option<(i32, i32)>,
        amounts: bool,
        posts: bool,
        source: bool,
    },
    CostChanged {
        name: String,
        /// The base's name, when the alternative renamed it.
        renamed_from: Option<String>,
        amount: Option<(Nok, Nok)>,
        /// Whether the amount is now for each post (`Some(true)`) or for the plan as a whole.
        per_post: Option<bool>,
        /// Something else differs: its years, category, hours or post.
        other: bool,
    },
}

/// What of the base an alternative leaves out.
pub(crate) enum Removed {
    Post(String),
    Grant(String),
    Cost(String),
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// A grant or a cost changed in `parts` (none: in something the sentence does not name).
fn changed_item(nb: bool, grant: bool, name: &str, parts: &[String]) -> String {
    let parts = match (parts.is_empty(), grant, nb) {
        (false, _, _) => parts.join(", "),
        (true, true, true) => "annet navn eller kilde".to_owned(),
        (true, true, false) => "another name or source".to_owned(),
        (true, false, true) => "andre år, kategori, timer eller stilling".to_owned(),
        (true, false, false) => "other years, category, hours or post".to_owned(),
    };
    match (grant, nb) {
        (true, true) => format!("Tilskuddet «{name}»: {parts}."),
        (true, false) => format!("The grant “{name}”: {parts}."),
        (false, true) => format!("Kostnaden «{name}»: {parts}."),
        (false, false) => format!("The cost “{name}”: {parts}."),
    }
}

/// `change` as a sentence: the alternative's value first, the base's in brackets.
pub(crate) fn change(locale: Locale, change: &Change) -> String {
    let nb = locale == Locale::Nb;
    let base = if nb { "grunnlaget" } else { "base" };
    match change {
        Change::Value {
            post,
            input,
            from,
            to,
        } => {
            let t = input.template(locale);
            let post = post.as_ref().map(|l| format!("{l}: ")).unwrap_or_default();
            format!(
                "{post}{}{}{} ({base}: {}{}).",
                t.before,
                to.text(locale),
                t.after,
                t.from_before,
                from.text(locale)
            )
        }
        Change::PostCount { from, to } => {
            let noun = if nb {
                plural(*to, "stilling", "stillinger")
            } else {
                plural(*to, "post", "posts")
            };
            format!("{to} {noun} ({base}: {from}).")
        }
        Change::PostAdded { label, fte, salary } => {
            let (fte, salary) = (percent(locale, fte.get()), kr(locale, salary.get()));
            if nb {
                format!("{label} er ny: {fte} med årslønn {salary} ved 100 %.")
            } else {
                format!("{label} is new: {fte} with a salary of {salary} at 100 %.")
            }
        }
        Change::GrantAdded { name } if nb => format!("Tilskuddet «{name}» er nytt."),
        Change::GrantAdded { name } => format!("The grant “{name}” is new."),
        Change::CostAdded { name, yearly } => match (yearly, nb) {
            (Some(y), true) => format!("Kostnaden «{name}» er ny: {} per år.", kr(locale, y.get())),
            (Some(y), false) => {
                format!("The cost “{name}” is new: {} a year.", kr(locale, y.get()))
            }
            (None, true) => format!("Kostnaden «{name}» er ny."),
            (None, false) => format!("The cost “{name}” is new."),
        },
        Change::Removed(what) => {
            let what = match (what, nb) {
                (Removed::Post(label), _) => label.clone(),
                (Removed::Grant(name), true) => format!("Tilskuddet «{name}»"),
                (Removed::Grant(name), false) => format!("The grant “{name}”"),
                (Removed::Cost(name), true) => format!("Kostnaden «{name}»"),
                (Removed::Cost(name), false) => format!("The cost “{name}”"),
            };
            if nb {
                format!("{what} i grunnlaget er ikke med.")
            } else {
                format!("{what} of the base is left out.")
            }
        }
        Change::GrantChanged {
            name,
            renamed_from,
            first_year,
            amounts,
            posts,
            source,
        } => {
            let mut parts = Vec::new();
            if let Some(was) = renamed_from {
                parts.push(renamed(nb, was));
            }
            if let Some((from, to)) = first_year {
                parts.push(if nb {
                    format!("starter {to} (grunnlaget: {from})")
                } else {
                    format!("starts {to} (base: {from})")
                });
            }
            let other_amounts = if nb {
                "andre beløp eller satser"
            } else {
                "other amounts or rates"
            };
            let other_posts = if nb {
                "gjelder andre stillinger"
            } else {
                "covers other posts"
            };
            let other_source = if nb { "annen kilde" } else { "another source" };
            for (changed, words) in [
                (amounts, other_amounts),
                (posts, other_posts),
                (source, other_source),
            ] {
                if *changed {
                    parts.push(words.to_owned());
                }
            }
            changed_item(nb, true, name, &parts)
        }
        Change::CostChanged {
            name,
            renamed_from,
            amount,
            per_post,
            other,
        } => {
            let mut parts = Vec::new();
            if let Some(was) = renamed_from {
                parts.push(renamed(nb, was));
            }
            if let Some((from, to)) = amount {
                let (to, from) = (kr(locale, to.get()), kr(locale, from.get()));
                parts.push(if nb {
                    format!("{to} per år (grunnlaget: {from})")
                } else {
                    format!("{to} a year (base: {from})")
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
            if *other {
                parts.push(
                    if nb {
                        "andre år, kategori, timer eller stilling"
                    } else {
                        "other years, category, hours or post"
                    }
                    .to_owned(),
                );
            }
            changed_item(nb, false, name, &parts)
        }
    }
}

/// «nytt navn (grunnlaget: «Nettverk»)».
fn renamed(nb: bool, was: &str) -> String {
    if nb {
        format!("nytt navn (grunnlaget: «{was}»)")
    } else {
        format!("new name (base: “{was}”)")
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
