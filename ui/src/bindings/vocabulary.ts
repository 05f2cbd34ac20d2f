// Generated from the engine's words (src-tauri/engine/src/text/vocabulary.rs) by
// `cargo test -p erfaringsplan-engine --lib export_bindings`. Do not edit by hand.

import type { Locale } from "./Locale";

/** The names of the plan's kinds and choices, as the documents print them. */
export interface Vocabulary {
  readonly organisationKind: Readonly<Record<"municipality" | "healthTrust" | "private", string>>;
  readonly roleTask: Readonly<Record<"individualUsers" | "systemLevel" | "projects" | "userOrganisations" | "nextOfKin", string>>;
  readonly costCategory: Readonly<Record<"supervision" | "training" | "equipment" | "travel" | "network" | "other", string>>;
  readonly checklistPhase: Readonly<Record<"beforeAdvertising" | "recruiting" | "hiring" | "firstWeeks" | "firstYear" | "beforeGrantEnds", string>>;
  readonly checklistStatus: Readonly<Record<"notStarted" | "inProgress" | "done" | "notRelevant", string>>;
  readonly pensionScheme: Readonly<Record<"public" | "otp", string>>;
  readonly grantKind: Readonly<Record<"perFullTime" | "stepped" | "shareOfCost" | "fixedPerYear" | "oneOff", string>>;
  readonly holidayTerms: Readonly<Record<"statutory" | "tariff" | "statutoryOver60" | "tariffOver60", string>>;
  readonly month: Readonly<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12", string>>;
  readonly employment: Readonly<Record<"permanent" | "temporary", string>>;
  readonly document: Readonly<Record<"comparison" | "keyFigure" | "comparisonYears" | "whatDiffers" | "noChanges" | "whatIf" | "whatIfIf" | "whatIfExtraTotal" | "whatIfWorstYear" | "missing" | "warnings" | "noWarnings" | "noneAtWork" | "yearByYear" | "chartGrants" | "chartEmployer", string>>;
  readonly portfolio: Readonly<Record<"title" | "plansCounted" | "leftOut" | "posts" | "fullTimeEquivalents" | "change" | "grantsHeading" | "plan" | "paidYears" | "paysNothing", string>>;
  readonly budgetLine: Readonly<Record<"fixedPay" | "temporaryPay" | "pension" | "employerContribution" | "supervision" | "training" | "equipment" | "travel" | "network" | "otherCosts" | "grants", string>>;
  readonly codeOrigin: Readonly<Record<"chart" | "user" | "unset", string>>;
  readonly budget: Readonly<Record<"title" | "function" | "art" | "line" | "origin" | "total" | "chartNote" | "unsetNote", string>>;
  readonly tableColumn: Readonly<Record<"year" | "payroll" | "other" | "total" | "grants" | "net" | "runningNet", string>>;
}

export const VOCABULARY: Readonly<Record<Locale, Vocabulary>> = {
  nb: {
    organisationKind: {
      "municipality": "Kommune eller bydel",
      "healthTrust": "Helseforetak",
      "private": "Privat eller ideell virksomhet",
    },
    roleTask: {
      "individualUsers": "Arbeid med enkeltbrukere",
      "systemLevel": "Planlegging og utvikling av tjenestene",
      "projects": "Prosjekter",
      "userOrganisations": "Kontakt med brukerorganisasjoner",
      "nextOfKin": "Kontakt med pårørende",
    },
    costCategory: {
      "supervision": "Veiledning og oppfølging",
      "training": "Opplæring",
      "equipment": "Utstyr",
      "travel": "Reiser",
      "network": "Nettverk og konferanser",
      "other": "Annet",
    },
    checklistPhase: {
      "beforeAdvertising": "Før utlysning",
      "recruiting": "Rekruttering",
      "hiring": "Ansettelse",
      "firstWeeks": "De første ukene",
      "firstYear": "Det første året",
      "beforeGrantEnds": "Før tilskuddet tar slutt",
    },
    checklistStatus: {
      "notStarted": "Ikke startet",
      "inProgress": "Pågår",
      "done": "Ferdig",
      "notRelevant": "Ikke aktuelt",
    },
    pensionScheme: {
      "public": "Offentlig tjenestepensjon (KLP, SPK eller egen kasse)",
      "otp": "Obligatorisk tjenestepensjon (OTP)",
    },
    grantKind: {
      "perFullTime": "Fast beløp per 100 % stilling i et antall år",
      "stepped": "Beløp som trappes ned år for år",
      "shareOfCost": "Andel av kostnaden",
      "fixedPerYear": "Fast beløp per år, uansett stillingsprosent",
      "oneOff": "Engangsbeløp",
    },
    holidayTerms: {
      "statutory": "Ferieloven: 10,2 %, fire uker og én dag",
      "tariff": "Med femte ferieuke: 12 %, fem uker",
      "statutoryOver60": "Ferieloven fra 60 år: 12,5 %, fem uker og én dag",
      "tariffOver60": "Femte ferieuke fra 60 år: 14,3 %, seks uker",
    },
    month: {
      "1": "januar",
      "2": "februar",
      "3": "mars",
      "4": "april",
      "5": "mai",
      "6": "juni",
      "7": "juli",
      "8": "august",
      "9": "september",
      "10": "oktober",
      "11": "november",
      "12": "desember",
    },
    employment: {
      "permanent": "Fast",
      "temporary": "Midlertidig",
    },
    document: {
      "comparison": "Sammenligning av alternativer",
      "keyFigure": "Nøkkeltall",
      "comparisonYears": "Arbeidsgivers kostnad år for år",
      "whatDiffers": "Hva er forskjellig",
      "noChanges": "Ingen forskjeller i det som er lagt inn.",
      "whatIf": "Hva om …",
      "whatIfIf": "Hvis",
      "whatIfExtraTotal": "Mer for arbeidsgiver i perioden",
      "whatIfWorstYear": "Verste år",
      "missing": "Dette mangler før planen er komplett",
      "warnings": "Dette bør dere se på",
      "noWarnings": "Ingen advarsler.",
      "noneAtWork": "Ingen av stillingene er i arbeid i årene planen dekker, så det er ingenting å betale. Sjekk oppstart og første budsjettår.",
      "yearByYear": "År for år",
      "chartGrants": "Tilskudd",
      "chartEmployer": "Arbeidsgivers kostnad",
    },
    portfolio: {
      "title": "Alle planene samlet",
      "plansCounted": "Planer som er regnet med",
      "leftOut": "Ikke regnet med",
      "posts": "Stillinger",
      "fullTimeEquivalents": "Årsverk",
      "change": "Endring fra året før",
      "grantsHeading": "Tilskuddene og når de slutter",
      "plan": "Plan",
      "paidYears": "Betaler i",
      "paysNothing": "betaler ingenting i planens år",
    },
    budgetLine: {
      "fixedPay": "Fast lønn med feriepenger",
      "temporaryPay": "Lønn i midlertidige stillinger med feriepenger",
      "pension": "Pensjon",
      "employerContribution": "Arbeidsgiveravgift",
      "supervision": "Veiledning",
      "training": "Opplæring og kurs",
      "equipment": "Utstyr",
      "travel": "Reiser",
      "network": "Nettverk og konferanser",
      "otherCosts": "Andre kostnader",
      "grants": "Tilskudd (inntekt)",
    },
    codeOrigin: {
      "chart": "etter KOSTRA",
      "user": "satt av dere",
      "unset": "settes av dere",
    },
    budget: {
      "title": "Budsjettlinjer",
      "function": "Funksjon",
      "art": "Art",
      "line": "Linje",
      "origin": "Koden",
      "total": "I alt",
      "chartNote": "Kodene etter KOSTRA er hentet fra: KMD, «Regnskapsrapporteringen i KOSTRA. Veiledning. Regnskapsåret 2020» (30.10.2019), artskontoplanen; feriepenger følger lønnens art (Hole kommune, «Kontoplan for regnskap og lønn»); funksjon 243 (SSB, KOSTRA).",
      "unsetNote": "Der ingen kilde avgjør koden, settes den av dere (i Oppsummering). Funksjon 243 er et forslag; psykisk helsearbeid føres i mange kommuner på en annen funksjon.",
    },
    tableColumn: {
      "year": "År",
      "payroll": "Lønnskostnad",
      "other": "Andre kostnader",
      "total": "Total kostnad",
      "grants": "Tilskudd",
      "net": "Netto arbeidsgiver",
      "runningNet": "Akkumulert netto",
    },
  },
  en: {
    organisationKind: {
      "municipality": "Municipality or city district",
      "healthTrust": "Health trust",
      "private": "Private or non-profit organisation",
    },
    roleTask: {
      "individualUsers": "Work with individual users",
      "systemLevel": "Planning and developing the services",
      "projects": "Projects",
      "userOrganisations": "Contact with user organisations",
      "nextOfKin": "Contact with next of kin",
    },
    costCategory: {
      "supervision": "Supervision and follow-up",
      "training": "Training",
      "equipment": "Equipment",
      "travel": "Travel",
      "network": "Networks and conferences",
      "other": "Other",
    },
    checklistPhase: {
      "beforeAdvertising": "Before advertising",
      "recruiting": "Recruiting",
      "hiring": "Hiring",
      "firstWeeks": "The first weeks",
      "firstYear": "The first year",
      "beforeGrantEnds": "Before the grant ends",
    },
    checklistStatus: {
      "notStarted": "Not started",
      "inProgress": "In progress",
      "done": "Done",
      "notRelevant": "Not relevant",
    },
    pensionScheme: {
      "public": "Public occupational pension (KLP, SPK or own fund)",
      "otp": "Mandatory occupational pension (OTP)",
    },
    grantKind: {
      "perFullTime": "Fixed amount per 100 % post for a number of years",
      "stepped": "Amounts that step down year by year",
      "shareOfCost": "Share of the cost",
      "fixedPerYear": "Fixed sum per year, whatever the percentage",
      "oneOff": "One-off amount",
    },
    holidayTerms: {
      "statutory": "Holiday Act: 10.2 %, four weeks and one day",
      "tariff": "With the fifth week: 12 %, five weeks",
      "statutoryOver60": "Holiday Act from 60: 12.5 %, five weeks and one day",
      "tariffOver60": "Fifth week from 60: 14.3 %, six weeks",
    },
    month: {
      "1": "January",
      "2": "February",
      "3": "March",
      "4": "April",
      "5": "May",
      "6": "June",
      "7": "July",
      "8": "August",
      "9": "September",
      "10": "October",
      "11": "November",
      "12": "December",
    },
    employment: {
      "permanent": "Permanent",
      "temporary": "Temporary",
    },
    document: {
      "comparison": "Comparison of alternatives",
      "keyFigure": "Key figure",
      "comparisonYears": "Employer's cost year by year",
      "whatDiffers": "What differs",
      "noChanges": "No differences in what has been entered.",
      "whatIf": "What if …",
      "whatIfIf": "If",
      "whatIfExtraTotal": "More for the employer over the period",
      "whatIfWorstYear": "Worst year",
      "missing": "Missing before the plan is complete",
      "warnings": "Worth a look",
      "noWarnings": "No warnings.",
      "noneAtWork": "None of the posts is at work in the plan's years, so there is nothing to pay. Check the start dates and the first budget year.",
      "yearByYear": "Year by year",
      "chartGrants": "Grants",
      "chartEmployer": "Employer's cost",
    },
    portfolio: {
      "title": "All the plans together",
      "plansCounted": "Plans counted",
      "leftOut": "Not counted",
      "posts": "Posts",
      "fullTimeEquivalents": "Full-time equivalents",
      "change": "Change from the year before",
      "grantsHeading": "The grants and when they end",
      "plan": "Plan",
      "paidYears": "Pays in",
      "paysNothing": "pays nothing in the plan's years",
    },
    budgetLine: {
      "fixedPay": "Pay, permanent posts, with holiday pay",
      "temporaryPay": "Pay, temporary posts, with holiday pay",
      "pension": "Pension",
      "employerContribution": "Employer's contribution",
      "supervision": "Supervision",
      "training": "Training and courses",
      "equipment": "Equipment",
      "travel": "Travel",
      "network": "Networks and conferences",
      "otherCosts": "Other costs",
      "grants": "Grants (income)",
    },
    codeOrigin: {
      "chart": "per KOSTRA",
      "user": "set by you",
      "unset": "yours to set",
    },
    budget: {
      "title": "Budget lines",
      "function": "Function",
      "art": "Art",
      "line": "Line",
      "origin": "Code",
      "total": "In all",
      "chartNote": "The codes per KOSTRA are from: Ministry of Local Government, «Regnskapsrapporteringen i KOSTRA. Veiledning. Regnskapsåret 2020» (30 Oct 2019), chart of arts; holiday pay follows the pay's art (Hole municipality, «Kontoplan for regnskap og lønn»); function 243 (Statistics Norway, KOSTRA).",
      "unsetNote": "Where no source settles a code, you set it (in Summary). Function 243 is a suggestion; many municipalities book mental-health work on another function.",
    },
    tableColumn: {
      "year": "Year",
      "payroll": "Payroll cost",
      "other": "Other costs",
      "total": "Total cost",
      "grants": "Grants",
      "net": "Employer's net cost",
      "runningNet": "Net cost to date",
    },
  },
};
