//! The documents' fixed words (headings, labels, the names of phases, categories and schemes),
//! in bokmål and English: the PDF prints them in the language the user has chosen in the app.
//! The UI has its own catalogue for the screen; sentences about a plan (warnings, the salary
//! range, a grant's year) are worded once in the parent module for both.

use rust_decimal::Decimal;

use crate::{
    model::checklist::{ChecklistPhase, ChecklistStatus},
    model::cost_item::CostCategory,
    model::grant::GrantKind,
    model::organisation::OrganisationKind,
    model::position::{HolidayTerms, HolidayTermsId, PensionScheme, RoleTask},
};

pub use super::{
    amount, kr, number, percent, position_label, position_label_of, style, warning_text, Locale,
};

/// Fixed words and phrases.
pub struct Words {
    pub doc_title: &'static str,
    /// Beside the title and in the footer while the plan lacks something.
    pub draft: &'static str,
    pub organisation: &'static str,
    pub kind: &'static str,
    pub municipality: &'static str,
    pub date: &'static str,
    pub version: &'static str,
    pub summary: &'static str,
    pub total_cost: &'static str,
    pub grants: &'static str,
    pub net_cost: &'static str,
    pub cliff: &'static str,
    pub no_cliff: &'static str,
    pub pays_in_full: &'static str,
    pub not_within_plan: &'static str,
    pub warnings: &'static str,
    pub no_warnings: &'static str,
    pub role: &'static str,
    pub tasks: &'static str,
    pub no_tasks: &'static str,
    pub positions_none: &'static str,
    pub col_position: &'static str,
    pub col_fte: &'static str,
    pub col_salary: &'static str,
    pub col_period: &'static str,
    pub col_terms: &'static str,
    pub permanent: &'static str,
    pub temporary: &'static str,
    pub assumptions: &'static str,
    pub col_assumption: &'static str,
    pub col_value: &'static str,
    pub col_source: &'static str,
    pub salary_at_100: &'static str,
    pub salary_source: &'static str,
    pub wage_growth: &'static str,
    pub regulation_month: &'static str,
    pub assumption_editable: &'static str,
    pub price_growth: &'static str,
    pub holiday_pay: &'static str,
    pub holiday_source: &'static str,
    pub pension: &'static str,
    pub pension_confirmed: &'static str,
    pub pension_assumed: &'static str,
    pub pension_otp: &'static str,
    pub aga: &'static str,
    pub aga_overridden: &'static str,
    pub aga_carried: &'static str,
    /// `{years}`: the years of seniority credited.
    pub seniority: &'static str,
    pub budget: &'static str,
    pub budget_intro: &'static str,
    pub col_year: &'static str,
    pub col_payroll: &'static str,
    pub col_other: &'static str,
    pub col_total: &'static str,
    pub col_grants: &'static str,
    pub col_net: &'static str,
    pub col_share: &'static str,
    pub col_running: &'static str,
    pub sum: &'static str,
    pub grant_lines: &'static str,
    /// Before the body that gives a grant: «Tilskuddsgiver: Helsedirektoratet».
    pub grant_source: &'static str,
    pub grant_source_unknown: &'static str,
    pub chart: &'static str,
    pub chart_grant: &'static str,
    pub chart_employer: &'static str,
    pub chart_cliff: &'static str,
    pub chart_top: &'static str,
    pub supervision: &'static str,
    pub supervision_none: &'static str,
    pub col_what: &'static str,
    pub col_who: &'static str,
    pub col_how_often: &'static str,
    pub col_hours: &'static str,
    pub col_cost_first: &'static str,
    pub col_cost_all: &'static str,
    pub internal: &'static str,
    pub internal_cost_included: &'static str,
    pub external: &'static str,
    pub whole_plan: &'static str,
    /// An item per post: its cost follows the posts at work.
    pub each_position: &'static str,
    pub per_year: &'static str,
    pub once: &'static str,
    pub checklist: &'static str,
    pub col_item: &'static str,
    pub col_status: &'static str,
    pub col_owner: &'static str,
    pub col_due: &'static str,
    pub note: &'static str,
    pub own_item: &'static str,
    pub financing: &'static str,
    pub financing_missing: &'static str,
    pub appendix: &'static str,
    pub appendix_intro: &'static str,
    pub months_active: &'static str,
    pub not_active: &'static str,
    pub cost_items_derivation: &'static str,
    pub grants_derivation: &'static str,
    pub signatures: &'static str,
    pub signatures_intro: &'static str,
    pub unit_leader: &'static str,
    pub hr: &'static str,
    pub place_date: &'static str,
    pub signature: &'static str,
    pub months: [&'static str; 12],
    /// «(alle stillinger)»: a value every post shares.
    pub all_posts: &'static str,
    pub month_names: [&'static str; 12],
}

const NB: Words = Words {
    doc_title: "Ansettelsesplan for erfaringskonsulent",
    draft: "utkast",
    organisation: "Virksomhet",
    kind: "Type virksomhet",
    municipality: "Kommune",
    date: "Dato",
    version: "Versjon",
    summary: "Sammendrag",
    total_cost: "Total kostnad",
    grants: "Tilskudd",
    net_cost: "Netto for arbeidsgiver",
    cliff: "Finansieringsstup",
    no_cliff: "Ingen",
    pays_in_full: "Arbeidsgiver betaler alt fra",
    not_within_plan: "Ikke i planperioden",
    warnings: "Dette bør dere se på",
    no_warnings: "Ingen advarsler.",
    role: "Rollen og stillingene",
    tasks: "Erfaringskonsulenten skal arbeide med",
    no_tasks: "Arbeidsoppgavene er ikke beskrevet ennå.",
    positions_none: "Ingen stillinger er lagt inn.",
    col_position: "Stilling",
    col_fte: "Stillingsprosent",
    col_salary: "Årslønn ved 100 %",
    col_period: "Periode",
    col_terms: "Ansettelse",
    permanent: "Fast",
    temporary: "Midlertidig",
    assumptions: "Forutsetninger",
    col_assumption: "Forutsetning",
    col_value: "Verdi",
    col_source: "Kilde",
    salary_at_100: "Årslønn ved 100 %",
    salary_source: "Virksomhetens eget valg. Det finnes ingen tariff; vanlig spenn er {range} ({source}).",
    wage_growth: "Lønnsvekst per år",
    regulation_month: "regulering i",
    assumption_editable: "Antakelse som kan endres i planen.",
    price_growth: "Prisvekst på andre kostnader",
    holiday_pay: "Feriepenger og ferieuker",
    holiday_source: "Ferieloven (10,2 %) eller tariff med femte ferieuke (12 %).",
    pension: "Arbeidsgivers pensjonspremie",
    pension_confirmed: "Bekreftet med pensjonsleverandøren.",
    pension_assumed: "Antakelse: ikke bekreftet med pensjonsleverandøren.",
    pension_otp: "Obligatorisk tjenestepensjon, minst 2 %.",
    aga: "Arbeidsgiveravgift",
    aga_overridden: "Egen sats lagt inn av virksomheten.",
    aga_carried: "Antakelse: siste kjente sats videreført",
    seniority: "{years} års ansiennitet for erfaring",
    budget: "Budsjett år for år",
    budget_intro: "Alle beløp i kroner og øre. Hver linje er rundet til øre, og hver sum er summen av de rundede linjene.",
    col_year: "År",
    col_payroll: "Lønnskostnad",
    col_other: "Andre kostnader",
    col_total: "Total kostnad",
    col_grants: "Tilskudd",
    col_net: "Netto arbeidsgiver",
    col_share: "Andel tilskudd",
    col_running: "Akkumulert netto",
    sum: "Sum",
    grant_lines: "Tilskudd år for år",
    grant_source: "tilskuddsgiver",
    grant_source_unknown: "tilskuddsgiver er ikke oppgitt",
    chart: "Tilskudd og arbeidsgivers kostnad",
    chart_grant: "Tilskudd",
    chart_employer: "Arbeidsgivers kostnad",
    chart_cliff: "Finansieringsstup",
    chart_top: "Høyeste årskostnad",
    supervision: "Veiledning, oppfølging og andre kostnader",
    supervision_none: "Planen har ingen veiledning. Kildene anbefaler veiledning fra første dag.",
    col_what: "Hva",
    col_who: "Hvem",
    col_how_often: "Hvor ofte",
    col_hours: "Timer per år",
    col_cost_first: "Kostnad første år",
    col_cost_all: "Kostnad i planperioden",
    internal: "Egne ansatte",
    internal_cost_included: "Egne ansatte (kostnad regnet med)",
    external: "Ekstern",
    whole_plan: "hele planen",
    each_position: "hver stilling",
    per_year: "fast beløp per år",
    once: "én gang",
    checklist: "Sjekkliste for ansettelsen",
    col_item: "Punkt",
    col_status: "Status",
    col_owner: "Ansvarlig",
    col_due: "Frist",
    note: "Merknad",
    own_item: "eget punkt",
    financing: "Finansiering når tilskuddet tar slutt",
    financing_missing: "Ikke beskrevet ennå.",
    appendix: "Vedlegg: Slik er tallene regnet ut",
    appendix_intro: "For hver stilling og hvert år: S = kontraktslønn for månedene i arbeid, W = S × (52 − ferieuker) / 52, F = W × feriepengesats, P = S × pensjonssats, A = (W + F + P) × arbeidsgiveravgift. Hver linje rundes én gang til øre (halv opp, bort fra null), og neste linje regnes av det rundede beløpet. Lønnen reguleres med lønnsveksten i reguleringsmåneden hvert år etter oppstart; årslønnen etter regulering er vist rundet til øre, og ≈ betyr at tallet er rundet. Regnearket har alle desimalene.",
    months_active: "måneder i arbeid",
    not_active: "ikke i arbeid.",
    cost_items_derivation: "Andre kostnader: beløp i første års priser × (1 + prisvekst)^år",
    grants_derivation: "Tilskudd: det tilskuddet gir rett til, og det som utbetales (aldri mer enn kostnaden det gjelder)",
    signatures: "Underskrifter",
    signatures_intro: "Planen er gjennomgått og godkjent av:",
    unit_leader: "Enhetsleder",
    hr: "HR",
    place_date: "Sted og dato",
    signature: "Underskrift",
    all_posts: "alle stillinger",
    months: ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    month_names: [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember",
    ],
};

const EN: Words = Words {
    doc_title: "Hiring plan for peer support workers",
    draft: "draft",
    organisation: "Organisation",
    kind: "Kind of employer",
    municipality: "Municipality",
    date: "Date",
    version: "Version",
    summary: "Summary",
    total_cost: "Total cost",
    grants: "Grants",
    net_cost: "Net cost for the employer",
    cliff: "Funding cliff",
    no_cliff: "None",
    pays_in_full: "Employer pays everything from",
    not_within_plan: "Not within the plan",
    warnings: "Worth a look",
    no_warnings: "No warnings.",
    role: "The role and the posts",
    tasks: "The peer support worker will work with",
    no_tasks: "The tasks are not described yet.",
    positions_none: "No posts entered.",
    col_position: "Post",
    col_fte: "Share of full time",
    col_salary: "Salary at 100 %",
    col_period: "Period",
    col_terms: "Employment",
    permanent: "Permanent",
    temporary: "Temporary",
    assumptions: "Assumptions",
    col_assumption: "Assumption",
    col_value: "Value",
    col_source: "Source",
    salary_at_100: "Yearly salary at 100 %",
    salary_source: "The employer's own choice. There is no pay scale; the usual range is {range} ({source}).",
    wage_growth: "Wage growth per year",
    regulation_month: "regulated in",
    assumption_editable: "An assumption that can be changed in the plan.",
    price_growth: "Price growth on other costs",
    holiday_pay: "Holiday pay and holiday weeks",
    holiday_source: "Holiday Act (10.2 %) or tariff with a fifth week (12 %).",
    pension: "Employer's pension premium",
    pension_confirmed: "Confirmed with the pension provider.",
    pension_assumed: "Assumption: not confirmed with the pension provider.",
    pension_otp: "Mandatory occupational pension, at least 2 %.",
    aga: "Employer's national insurance contribution",
    aga_overridden: "A rate the employer entered.",
    aga_carried: "Assumption: latest known rate carried forward",
    seniority: "{years} years' seniority for experience",
    budget: "Budget year by year",
    budget_intro: "All amounts in kroner and øre. Each line is rounded to the øre, and each total is the sum of the rounded lines.",
    col_year: "Year",
    col_payroll: "Payroll cost",
    col_other: "Other costs",
    col_total: "Total cost",
    col_grants: "Grants",
    col_net: "Employer's net cost",
    col_share: "Grant share",
    col_running: "Net cost to date",
    sum: "Total",
    grant_lines: "Grants year by year",
    grant_source: "granted by",
    grant_source_unknown: "the grantor is not given",
    chart: "Grants and the employer's cost",
    chart_grant: "Grants",
    chart_employer: "Employer's cost",
    chart_cliff: "Funding cliff",
    chart_top: "Highest yearly cost",
    supervision: "Supervision, follow-up and other costs",
    supervision_none: "The plan has no supervision. The sources advise supervision from day one.",
    col_what: "What",
    col_who: "Who",
    col_how_often: "How often",
    col_hours: "Hours per year",
    col_cost_first: "Cost in the first year",
    col_cost_all: "Cost over the plan",
    internal: "Own staff",
    internal_cost_included: "Own staff (cost counted)",
    external: "External",
    whole_plan: "the whole plan",
    each_position: "each post",
    per_year: "fixed amount per year",
    once: "once",
    checklist: "Hiring checklist",
    col_item: "Item",
    col_status: "Status",
    col_owner: "Owner",
    col_due: "Due",
    note: "Note",
    own_item: "own item",
    financing: "Financing when the grant ends",
    financing_missing: "Not described yet.",
    appendix: "Appendix: How the figures are computed",
    appendix_intro: "For each post and year: S = contract salary for the months at work, W = S × (52 − holiday weeks) / 52, F = W × holiday-pay rate, P = S × pension rate, A = (W + F + P) × employer's contribution rate. Each line is rounded once to the øre (half away from zero), and the next line is computed from the rounded amount. The salary grows by the wage growth in the regulation month of every year after the start; the salary after a regulation is shown to the øre, and ≈ marks a rounded figure. The workbook has every decimal.",
    months_active: "months at work",
    not_active: "not at work.",
    cost_items_derivation: "Other costs: amount at first-year prices × (1 + price growth)^years",
    grants_derivation: "Grants: what the grant entitles to, and what it pays (never more than the cost it covers)",
    signatures: "Signatures",
    signatures_intro: "The plan has been reviewed and approved by:",
    unit_leader: "Unit leader",
    hr: "HR",
    place_date: "Place and date",
    signature: "Signature",
    all_posts: "all posts",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    month_names: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
};

pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Nb => &NB,
        Locale::En => &EN,
    }
}

pub fn kind(locale: Locale, kind: OrganisationKind) -> &'static str {
    match (locale, kind) {
        (Locale::Nb, OrganisationKind::Municipality) => "Kommune eller bydel",
        (Locale::Nb, OrganisationKind::HealthTrust) => "Helseforetak",
        (Locale::Nb, OrganisationKind::Private) => "Privat eller ideell virksomhet",
        (Locale::En, OrganisationKind::Municipality) => "Municipality or city district",
        (Locale::En, OrganisationKind::HealthTrust) => "Health trust",
        (Locale::En, OrganisationKind::Private) => "Private or non-profit organisation",
    }
}

pub fn task(locale: Locale, task: RoleTask) -> &'static str {
    match (locale, task) {
        (Locale::Nb, RoleTask::IndividualUsers) => "Arbeid med enkeltbrukere",
        (Locale::Nb, RoleTask::SystemLevel) => "Planlegging og utvikling av tjenestene",
        (Locale::Nb, RoleTask::Projects) => "Prosjekter",
        (Locale::Nb, RoleTask::UserOrganisations) => "Kontakt med brukerorganisasjoner",
        (Locale::Nb, RoleTask::NextOfKin) => "Kontakt med pårørende",
        (Locale::En, RoleTask::IndividualUsers) => "Work with individual users",
        (Locale::En, RoleTask::SystemLevel) => "Planning and developing the services",
        (Locale::En, RoleTask::Projects) => "Projects",
        (Locale::En, RoleTask::UserOrganisations) => "Contact with user organisations",
        (Locale::En, RoleTask::NextOfKin) => "Contact with next of kin",
    }
}

pub fn category(locale: Locale, category: CostCategory) -> &'static str {
    match (locale, category) {
        (Locale::Nb, CostCategory::Supervision) => "Veiledning og oppfølging",
        (Locale::Nb, CostCategory::Network) => "Nettverk og konferanser",
        (Locale::Nb, CostCategory::Training) => "Opplæring",
        (Locale::Nb, CostCategory::Travel) => "Reiser",
        (Locale::Nb, CostCategory::Equipment) => "Utstyr",
        (Locale::Nb, CostCategory::Other) => "Annet",
        (Locale::En, CostCategory::Supervision) => "Supervision and follow-up",
        (Locale::En, CostCategory::Network) => "Networks and conferences",
        (Locale::En, CostCategory::Training) => "Training",
        (Locale::En, CostCategory::Travel) => "Travel",
        (Locale::En, CostCategory::Equipment) => "Equipment",
        (Locale::En, CostCategory::Other) => "Other",
    }
}

pub fn phase(locale: Locale, phase: ChecklistPhase) -> &'static str {
    match (locale, phase) {
        (Locale::Nb, ChecklistPhase::BeforeAdvertising) => "Før utlysning",
        (Locale::Nb, ChecklistPhase::Recruiting) => "Rekruttering",
        (Locale::Nb, ChecklistPhase::Hiring) => "Ansettelse",
        (Locale::Nb, ChecklistPhase::FirstWeeks) => "De første ukene",
        (Locale::Nb, ChecklistPhase::FirstYear) => "Det første året",
        (Locale::Nb, ChecklistPhase::BeforeGrantEnds) => "Før tilskuddet tar slutt",
        (Locale::En, ChecklistPhase::BeforeAdvertising) => "Before advertising",
        (Locale::En, ChecklistPhase::Recruiting) => "Recruiting",
        (Locale::En, ChecklistPhase::Hiring) => "Hiring",
        (Locale::En, ChecklistPhase::FirstWeeks) => "The first weeks",
        (Locale::En, ChecklistPhase::FirstYear) => "The first year",
        (Locale::En, ChecklistPhase::BeforeGrantEnds) => "Before the grant ends",
    }
}

pub fn status(locale: Locale, status: ChecklistStatus) -> &'static str {
    match (locale, status) {
        (Locale::Nb, ChecklistStatus::NotStarted) => "Ikke startet",
        (Locale::Nb, ChecklistStatus::InProgress) => "Pågår",
        (Locale::Nb, ChecklistStatus::Done) => "Ferdig",
        (Locale::Nb, ChecklistStatus::NotRelevant) => "Ikke aktuelt",
        (Locale::En, ChecklistStatus::NotStarted) => "Not started",
        (Locale::En, ChecklistStatus::InProgress) => "In progress",
        (Locale::En, ChecklistStatus::Done) => "Done",
        (Locale::En, ChecklistStatus::NotRelevant) => "Not relevant",
    }
}

pub fn scheme(locale: Locale, scheme: PensionScheme) -> &'static str {
    match (locale, scheme) {
        (Locale::Nb, PensionScheme::Public) => "offentlig ordning",
        (Locale::Nb, PensionScheme::Otp) => "OTP",
        (Locale::En, PensionScheme::Public) => "public scheme",
        (Locale::En, PensionScheme::Otp) => "OTP",
    }
}

/// A checklist phase with how far it has come: «Rekruttering (2 av 5 ferdig)».
pub fn phase_progress(locale: Locale, p: ChecklistPhase, done: u32, relevant: u32) -> String {
    match locale {
        Locale::Nb => format!("{} ({done} av {relevant} ferdig)", phase(locale, p)),
        Locale::En => format!("{} ({done} of {relevant} done)", phase(locale, p)),
    }
}

/// An employer's contribution zone with its rate: «Sone 1: 14,1 %».
pub fn zone_rate(locale: Locale, zone: &str, rate: Decimal) -> String {
    match locale {
        Locale::Nb => format!("Sone {zone}: {}", percent(locale, rate)),
        Locale::En => format!("Zone {zone}: {}", percent(locale, rate)),
    }
}

/// A pension scheme's full name, as the wizard offers it.
pub fn scheme_name(locale: Locale, scheme: PensionScheme) -> &'static str {
    match (locale, scheme) {
        (Locale::Nb, PensionScheme::Public) => {
            "Offentlig tjenestepensjon (KLP, SPK eller egen kasse)"
        }
        (Locale::Nb, PensionScheme::Otp) => "Obligatorisk tjenestepensjon (OTP)",
        (Locale::En, PensionScheme::Public) => "Public occupational pension (KLP, SPK or own fund)",
        (Locale::En, PensionScheme::Otp) => "Mandatory occupational pension (OTP)",
    }
}

/// A kind of grant, as the wizard offers it.
pub fn grant_kind(locale: Locale, kind: GrantKind) -> &'static str {
    match (locale, kind) {
        (Locale::Nb, GrantKind::PerFullTime) => "Fast beløp per 100 % stilling i et antall år",
        (Locale::Nb, GrantKind::Stepped) => "Beløp som trappes ned år for år",
        (Locale::Nb, GrantKind::ShareOfCost) => "Andel av kostnaden",
        (Locale::Nb, GrantKind::FixedPerYear) => "Fast beløp per år, uansett stillingsprosent",
        (Locale::Nb, GrantKind::OneOff) => "Engangsbeløp",
        (Locale::En, GrantKind::PerFullTime) => "Fixed amount per 100 % post for a number of years",
        (Locale::En, GrantKind::Stepped) => "Amounts that step down year by year",
        (Locale::En, GrantKind::ShareOfCost) => "Share of the cost",
        (Locale::En, GrantKind::FixedPerYear) => "Fixed sum per year, whatever the percentage",
        (Locale::En, GrantKind::OneOff) => "One-off amount",
    }
}

/// Common holiday terms as the wizard offers them, with their holiday pay:
/// «Ferieloven: 10,2 %, fire uker og én dag».
pub fn holiday_terms_name(locale: Locale, terms: &HolidayTerms) -> String {
    let pay = percent(locale, terms.holiday_pay_percent.get());
    match (locale, terms.id) {
        (Locale::Nb, HolidayTermsId::Statutory) => {
            format!("Ferieloven: {pay}, fire uker og én dag")
        }
        (Locale::Nb, HolidayTermsId::Tariff) => format!("Med femte ferieuke: {pay}, fem uker"),
        (Locale::Nb, HolidayTermsId::StatutoryOver60) => {
            format!("Ferieloven fra 60 år: {pay}, fem uker og én dag")
        }
        (Locale::Nb, HolidayTermsId::TariffOver60) => {
            format!("Femte ferieuke fra 60 år: {pay}, seks uker")
        }
        (Locale::En, HolidayTermsId::Statutory) => {
            format!("Holiday Act: {pay}, four weeks and one day")
        }
        (Locale::En, HolidayTermsId::Tariff) => format!("With the fifth week: {pay}, five weeks"),
        (Locale::En, HolidayTermsId::StatutoryOver60) => {
            format!("Holiday Act from 60: {pay}, five weeks and one day")
        }
        (Locale::En, HolidayTermsId::TariffOver60) => {
            format!("Fifth week from 60: {pay}, six weeks")
        }
    }
}

/// The funding cliff as the key figures say it («2028: kostnaden for arbeidsgiver øker med …»),
/// or that there is none; the PDF and the workbook both print it.
pub fn cliff_text(locale: Locale, projection: &crate::projection::Projection) -> String {
    projection
        .funding_cliff
        .as_ref()
        .map(|c| cliff_jump(locale, c.year, c.jump.get()))
        .unwrap_or_else(|| words(locale).no_cliff.to_owned())
}

/// The first year the employer pays everything, or that it is not within the plan's years.
pub fn pays_in_full_text(locale: Locale, projection: &crate::projection::Projection) -> String {
    projection
        .employer_pays_in_full_from
        .map(|y| y.to_string())
        .unwrap_or_else(|| words(locale).not_within_plan.to_owned())
}

pub fn cliff_jump(locale: Locale, year: i32, jump: Decimal) -> String {
    match locale {
        Locale::Nb => format!(
            "{year}: kostnaden for arbeidsgiver øker med {}",
            kr(locale, jump)
        ),
        Locale::En => format!("{year}: the employer's cost rises by {}", kr(locale, jump)),
    }
}

pub fn total_cost_label(locale: Locale, first: i32, last: i32) -> String {
    format!("{} {first}–{last}", words(locale).total_cost)
}

pub fn sessions(locale: Locale, n: Decimal) -> String {
    match locale {
        Locale::Nb => format!("{} ganger per år", number(locale, n)),
        Locale::En => format!("{} times a year", number(locale, n)),
    }
}

pub fn hours_a_year(locale: Locale, n: Decimal) -> String {
    match locale {
        Locale::Nb => format!("{} timer per år", number(locale, n)),
        Locale::En => format!("{} hours a year", number(locale, n)),
    }
}

pub fn per_session(locale: Locale, price: Decimal, hours: Decimal) -> String {
    match locale {
        Locale::Nb => format!(
            "{} per gang ({} t)",
            kr(locale, price),
            number(locale, hours)
        ),
        Locale::En => format!(
            "{} a session ({} h)",
            kr(locale, price),
            number(locale, hours)
        ),
    }
}

pub fn per_hour(locale: Locale, rate: Decimal) -> String {
    match locale {
        Locale::Nb => format!("{} per time", kr(locale, rate)),
        Locale::En => format!("{} an hour", kr(locale, rate)),
    }
}

pub fn page_of(locale: Locale, page: usize, pages: usize) -> String {
    match locale {
        Locale::Nb => format!("Side {page} av {pages}"),
        Locale::En => format!("Page {page} of {pages}"),
    }
}

pub fn version(locale: Locale, app: &str, schema: u32, changed: Option<&str>) -> String {
    let changed = changed.map(|d| match locale {
        Locale::Nb => format!(", sist endret {d}"),
        Locale::En => format!(", last changed {d}"),
    });
    match locale {
        Locale::Nb => format!(
            "Erfaringsplan {app}, planformat {schema}{}",
            changed.unwrap_or_default()
        ),
        Locale::En => format!(
            "Erfaringsplan {app}, plan format {schema}{}",
            changed.unwrap_or_default()
        ),
    }
}

pub fn holiday_terms(locale: Locale, rate: Decimal, weeks: Decimal) -> String {
    match locale {
        Locale::Nb => format!(
            "{}, {} ferieuker",
            percent(locale, rate),
            number(locale, weeks)
        ),
        Locale::En => format!(
            "{}, {} holiday weeks",
            percent(locale, rate),
            number(locale, weeks)
        ),
    }
}

/// How many wage regulations a salary has had: `1 regulering` / `3 regulations`.
pub fn regulations(locale: Locale, n: u32) -> String {
    match (locale, n) {
        (Locale::Nb, 1) => "1 regulering".to_owned(),
        (Locale::Nb, n) => format!("{n} reguleringer"),
        (Locale::En, 1) => "1 regulation".to_owned(),
        (Locale::En, n) => format!("{n} regulations"),
    }
}

/// `24 timer` / `24 hours`.
pub fn hours(locale: Locale, n: Decimal) -> String {
    match locale {
        Locale::Nb => format!("{} timer", number(locale, n)),
        Locale::En => format!("{} hours", number(locale, n)),
    }
}

/// A year of an item given by the employer's own staff, whose cost is left out.
pub fn own_staff_year(locale: Locale, year: i32, hours: &str) -> String {
    match locale {
        Locale::Nb => format!("{year}: {hours}, egne ansatte; kostnaden er ikke regnet med"),
        Locale::En => format!("{year}: {hours}, own staff; the cost is not counted"),
    }
}

/// A month's name: "mars" / "Mar" (the names the documents print).
pub fn month_name(locale: Locale, month: u8) -> &'static str {
    words(locale)
        .months
        .get(usize::from(month.saturating_sub(1)))
        .copied()
        .unwrap_or("")
}

/// A month of a year: "mars 2027" / "Mar 2027".
pub fn year_month(locale: Locale, m: crate::model::calendar::YearMonth) -> String {
    format!("{} {}", month_name(locale, m.month()), m.year())
}

/// The factor for an item per post: ` × 18/12 stillingsmåneder` / ` × 18/12 post months`.
pub fn post_months(locale: Locale, months: u32) -> String {
    match locale {
        Locale::Nb => format!(" × {months}/12 stillingsmåneder"),
        Locale::En => format!(" × {months}/12 post months"),
    }
}
