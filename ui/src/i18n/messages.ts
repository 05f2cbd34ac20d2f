/**
 * Every text the UI shows, in bokmål first and English second. `nb` defines the keys; `en` must
 * have exactly the same keys (a missing or extra key is a type error). `{name}` marks a value
 * filled in by `t()`.
 */

export const nb = {
  "app.title": "Erfaringsplan",
  "app.tagline": "Planlegg ansettelsen av erfaringskonsulenter – med kostnader år for år",
  "app.skipToContent": "Hopp til hovedinnholdet",
  "app.version": "Versjon {version}",
  "app.loadFailed": "Planene dine kunne ikke leses inn.",
  "app.saveFailed": "Endringen kunne ikke lagres.",

  "lang.label": "Språk",
  "lang.nb": "Norsk",
  "lang.en": "English",

  "planList.heading": "Mine planer",
  "planList.intro":
    "Her ligger ansettelsesplanene dine. En plan går gjennom sjekkliste, rolle, lønn, tilskudd og veiledning, og viser hva stillingen koster hvert år – også når tilskuddet trappes ned.",
  "planList.new": "Ny plan",
  "planList.empty": "Du har ingen planer ennå. Trykk «Ny plan» for å begynne.",
  "planList.loading": "Henter planene …",
  "planList.open": "Åpne «{name}»",
  "planList.years": "Fra budsjettåret {first}, {years} år",
  "planList.created": "Opprettet {date}",
  "planList.step": "Sist på steget «{step}»",
  "planList.defaultName": "Ny plan {date}",
  "planList.untitled": "Plan uten navn",

  "wizard.backToList": "Tilbake til Mine planer",
  "wizard.stepsLabel": "Stegene i planen",
  "wizard.stepOf": "Steg {n} av {total}",
  "wizard.previous": "Forrige steg",
  "wizard.next": "Neste steg",
  "wizard.notFound": "Fant ikke planen. Den kan ha blitt slettet.",
  "wizard.comingSoon":
    "Dette steget er ikke ferdig ennå. Det kommer i en senere versjon av Erfaringsplan.",

  "step.organisation": "Virksomheten",
  "step.role": "Rollen",
  "step.checklist": "Sjekkliste",
  "step.salary": "Lønn",
  "step.grants": "Tilskudd",
  "step.supervision": "Veiledning",
  "step.summary": "Oppsummering",

  "step.organisation.intro":
    "Hvem ansetter, og hvilke år skal planen dekke? Sonen for arbeidsgiveravgift avgjør en del av kostnaden.",
  "step.role.intro":
    "Hva skal erfaringskonsulenten gjøre, hvor mange stillinger trenger dere, og skal stillingene være faste?",
  "step.checklist.intro":
    "Sjekklisten følger ansettelsen fra før utlysning til tilskuddet tar slutt.",
  "step.salary.intro":
    "Det finnes ingen tariff for erfaringskonsulenter. Her setter dere lønn, lønnsvekst, feriepenger og pensjon.",
  "step.grants.intro":
    "Statlige tilskudd trappes ofte ned. Her legger dere inn tilskuddene og ser hvem som betaler når de tar slutt.",
  "step.supervision.intro":
    "Veiledning fra første dag gjør det lettere å stå i jobben. Her planlegger dere veiledning, nettverk og opplæring.",
  "step.summary.intro": "Nøkkeltall, kostnader år for år og det som bør følges opp.",

  "field.name": "Navn på planen",
  "field.name.description": "For eksempel enheten og året dere planlegger for.",
  "field.firstYear": "Første budsjettår",
  "field.horizonYears": "Antall år planen skal dekke",
  "field.horizonYears.description": "Fra 1 til 40 år.",
  "field.notANumber": "Skriv et helt tall, for eksempel {example}.",

  "errors.heading": "Før du går videre må du rette dette:",
  "error.field.required": "Fyll inn «{label}».",
  "error.field.too_long": "«{label}» kan ha høyst {max} tegn.",
  "error.field.out_of_range": "«{label}» må være fra {min} til {max}.",
  "error.field.invalid_date": "«{label}» er ikke en gyldig dato.",
  "error.aga.year_unsupported":
    "Vi har ikke satser for arbeidsgiveravgift for {year}. De første satsene gjelder {earliest}.",
  "error.internal.rate_table": "Satstabellen i programmet er skadet. Installer programmet på nytt.",
  "error.field.negative": "«{label}» kan ikke være negativ.",
  "error.field.too_large": "«{label}» kan være høyst {max}.",
  "error.field.below_minimum": "«{label}» må være minst {min}.",
  "error.field.too_precise": "«{label}» kan ha høyst {decimals} desimaler.",
  "error.field.end_before_start": "«{label}» kan ikke komme før starten.",
  "error.field.too_many": "«{label}» kan ha høyst {max} oppføringer.",
  "error.field.outside_horizon": "«{label}» ligger utenfor årene planen dekker.",
  "error.field.unknown_position": "«{label}» viser til en stilling som ikke finnes.",
  "error.field.duplicate_id": "«{label}» er brukt to ganger.",
  "error.plan.invalid_file": "Planen har en feil i «{label}» og kan ikke leses.",
  "error.internal.overflow": "Tallene ble for store til å regne med. Sjekk beløp og prosenter.",
  "error.unknown": "Noe gikk galt ({code}).",

  "aga.heading": "Arbeidsgiveravgift {year}",
  "aga.caption": "Satser for arbeidsgiveravgift etter sone i {year}",
  "aga.zone": "Sone",
  "aga.rate": "Sats",
  "aga.zoneName": "Sone {zone}",
  "aga.source": "Kilde: {source}, gjelder fra {validFrom}.",
  "aga.assumed":
    "Satsene for {year} er ikke vedtatt. Vi bruker satsene for {tableYear} som en forutsetning.",
  "aga.zone1aNote":
    "Sone 1a har redusert sats bare til fribeløpet er brukt opp. Etter det gjelder satsen for sone 1.",
  "aga.loading": "Henter satser …",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nb;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const en: Catalogue = {
  "app.title": "Erfaringsplan",
  "app.tagline": "Plan the hiring of peer support workers – with costs year by year",
  "app.skipToContent": "Skip to main content",
  "app.version": "Version {version}",
  "app.loadFailed": "Your plans could not be read.",
  "app.saveFailed": "The change could not be saved.",

  "lang.label": "Language",
  "lang.nb": "Norsk",
  "lang.en": "English",

  "planList.heading": "My plans",
  "planList.intro":
    "Your hiring plans live here. A plan walks through checklist, role, salary, grants and supervision, and shows what the post costs each year – also when the grant is phased out.",
  "planList.new": "New plan",
  "planList.empty": "You have no plans yet. Press “New plan” to begin.",
  "planList.loading": "Loading your plans …",
  "planList.open": "Open “{name}”",
  "planList.years": "From budget year {first}, {years} years",
  "planList.created": "Created {date}",
  "planList.step": "Last on the step “{step}”",
  "planList.defaultName": "New plan {date}",
  "planList.untitled": "Untitled plan",

  "wizard.backToList": "Back to My plans",
  "wizard.stepsLabel": "Steps of the plan",
  "wizard.stepOf": "Step {n} of {total}",
  "wizard.previous": "Previous step",
  "wizard.next": "Next step",
  "wizard.notFound": "The plan was not found. It may have been deleted.",
  "wizard.comingSoon":
    "This step is not finished yet. It comes in a later version of Erfaringsplan.",

  "step.organisation": "Organisation",
  "step.role": "Role",
  "step.checklist": "Checklist",
  "step.salary": "Salary",
  "step.grants": "Grants",
  "step.supervision": "Supervision",
  "step.summary": "Summary",

  "step.organisation.intro":
    "Who is hiring, and which years should the plan cover? The employer contribution zone decides part of the cost.",
  "step.role.intro":
    "What will the peer support worker do, how many posts do you need, and should they be permanent?",
  "step.checklist.intro":
    "The checklist follows the hire from before the advertisement until the grant ends.",
  "step.salary.intro":
    "There is no pay scale for peer support workers. Set salary, wage growth, holiday pay and pension here.",
  "step.grants.intro":
    "State grants are often phased out. Enter the grants here and see who pays when they end.",
  "step.supervision.intro":
    "Supervision from day one makes the job easier to keep. Plan supervision, networks and training here.",
  "step.summary.intro": "Key figures, costs year by year, and what needs follow-up.",

  "field.name": "Name of the plan",
  "field.name.description": "For example the unit and the year you are planning for.",
  "field.firstYear": "First budget year",
  "field.horizonYears": "Number of years the plan covers",
  "field.horizonYears.description": "From 1 to 40 years.",
  "field.notANumber": "Enter a whole number, for example {example}.",

  "errors.heading": "Before you continue, please correct this:",
  "error.field.required": "Fill in “{label}”.",
  "error.field.too_long": "“{label}” can have at most {max} characters.",
  "error.field.out_of_range": "“{label}” must be from {min} to {max}.",
  "error.field.invalid_date": "“{label}” is not a valid date.",
  "error.aga.year_unsupported":
    "There are no employer contribution rates for {year}. The first rates apply to {earliest}.",
  "error.internal.rate_table":
    "The rate table inside the program is damaged. Reinstall the program.",
  "error.field.negative": "“{label}” cannot be negative.",
  "error.field.too_large": "“{label}” can be at most {max}.",
  "error.field.below_minimum": "“{label}” must be at least {min}.",
  "error.field.too_precise": "“{label}” can have at most {decimals} decimals.",
  "error.field.end_before_start": "“{label}” cannot come before the start.",
  "error.field.too_many": "“{label}” can have at most {max} entries.",
  "error.field.outside_horizon": "“{label}” lies outside the years the plan covers.",
  "error.field.unknown_position": "“{label}” refers to a position that does not exist.",
  "error.field.duplicate_id": "“{label}” is used twice.",
  "error.plan.invalid_file": "The plan has an error in “{label}” and cannot be read.",
  "error.internal.overflow":
    "The numbers grew too large to compute. Check amounts and percentages.",
  "error.unknown": "Something went wrong ({code}).",

  "aga.heading": "Employer contribution {year}",
  "aga.caption": "Employer contribution rates by zone in {year}",
  "aga.zone": "Zone",
  "aga.rate": "Rate",
  "aga.zoneName": "Zone {zone}",
  "aga.source": "Source: {source}, valid from {validFrom}.",
  "aga.assumed":
    "The rates for {year} are not yet decided. We use the rates for {tableYear} as an assumption.",
  "aga.zone1aNote":
    "Zone 1a has the reduced rate only until the allowance is used up. After that the zone 1 rate applies.",
  "aga.loading": "Loading rates …",
};

export const catalogues = { nb, en } as const;
export type Locale = keyof typeof catalogues;
export const locales: readonly Locale[] = ["nb", "en"];
