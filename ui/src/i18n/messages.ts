/**
 * Every text the UI shows, in bokmål; the English catalogue is `messages.en.ts`, a chunk of its
 * own loaded when English is chosen (bokmål users never load it). `nb` defines the keys; `en`
 * must have exactly the same keys (a missing or extra key is a type error). `{name}` marks a
 * value filled in by `t()`.
 */

export const nb = {
  "app.title": "Erfaringsplan",
  "app.tagline": "Planlegg ansettelsen av erfaringskonsulenter – med kostnader år for år",
  "app.skipToContent": "Hopp til hovedinnholdet",
  "app.version": "Versjon {version}",
  "about.heading": "Om Erfaringsplan",
  "about.version": "Erfaringsplan {version}, planformat {schema}.",
  "about.dataFolder": "Planene og innstillingene ligger i",
  "about.backup":
    "Vil du ta vare på planene eller flytte dem til en annen PC, lukker du Erfaringsplan og kopierer mappen (eller bare plans.json) til samme sted på den andre PC-en.",
  "about.openFolder": "Åpne mappen",
  "about.licences": "Lisenser:",
  "app.loadFailed": "Planene dine kunne ikke leses inn.",
  "app.saveFailed": "Endringen kunne ikke lagres.",
  "save.saved": "Alle endringer er lagret",
  "save.savedWithError": "Alt du har skrevet er lagret – 1 felt har feil som må rettes",
  "save.savedWithErrors": "Alt du har skrevet er lagret – {count} felt har feil som må rettes",
  "save.pending": "Ulagrede endringer …",
  "save.saving": "Lagrer …",
  "save.failed": "Ikke lagret",

  "unit.kr": "kr",
  "lang.label": "Språk",
  "lang.nb": "Norsk",
  "lang.en": "English",

  "planList.heading": "Mine planer",
  "planList.intro":
    "Her ligger ansettelsesplanene dine. En plan går gjennom sjekkliste, rolle, lønn, tilskudd og veiledning, og viser hva stillingen koster hvert år – også når tilskuddet trappes ned.",
  "planList.tryExample": "Prøv med et eksempel",
  "planList.tryExampleHelp":
    "Vil du se hva Erfaringsplan lager før du begynner? Eksemplet er en bydel som ansetter to erfaringskonsulenter med et tilskudd som trappes ned over fire år. Det åpnes på oppsummeringen, og du kan endre alt i det.",
  "planList.exampleTag": "Eksempel",
  "planList.copyHelp":
    "«Lag alternativ» lager en variant av en plan som legges under den og kan sammenlignes med den – for eksempel to halve stillinger i stedet for én hel. «Lag en kopi» lager en ny plan som står for seg selv.",
  "planList.compareHint":
    "Med to eller flere planer kan du krysse av for dem og sammenligne kostnadene. Lag et alternativ for å prøve en annen løsning.",
  "wizard.example":
    "Dette er et eksempel: en bydel som ansetter to erfaringskonsulenter, med et tilskudd som trappes ned over fire år. Se deg rundt, endre det du vil, eller gi planen et nytt navn – da blir den din egen. Du kan slette den fra «Mine planer».",
  "planList.new": "Ny plan",
  "planList.continue": "Fortsett med «{name}»",
  "planList.lastOpened": "Sist åpnet",
  "planList.empty":
    "Du har ingen planer ennå. Trykk «Ny plan» for å begynne, eller se eksemplet først.",
  "planList.loading": "Henter planene …",
  "app.loadingView": "Åpner …",
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
  "field.horizonYears.description": "Fra {min} til {max} år.",
  "field.notANumber": "«{label}» må være et helt tall, for eksempel {example}.",

  "errors.heading": "Før du går videre må du rette dette:",
  "error.field.required": "Fyll inn «{label}».",
  "error.field.too_long": "«{label}» kan ha høyst {max} tegn.",
  "error.field.control_character":
    "«{label}» inneholder et kontrolltegn som ikke vises ({char}). Fjern det med «Fjern skjulte tegn» under feltet.",
  "error.field.tab":
    "«{label}» inneholder en tabulator. Bruk mellomrom i stedet, eller trykk «Fjern skjulte tegn» under feltet.",
  "error.field.line_break":
    "«{label}» kan ikke ha linjeskift. Skriv teksten på én linje, eller trykk «Fjern skjulte tegn» under feltet.",
  "error.field.direction_character":
    "«{label}» inneholder et skjult tegn for skriveretning ({char}), som kan vise teksten annerledes enn den er. Fjern det med «Fjern skjulte tegn» under feltet.",
  "error.field.invisible_character":
    "«{label}» inneholder et usynlig tegn ({char}), ofte fra tekst kopiert fra nettet eller et dokument. Fjern det med «Fjern skjulte tegn» under feltet.",
  "field.removeHidden": "Fjern skjulte tegn",
  "paste.cleaned.one":
    "Teksten du limte inn hadde ett skjult tegn (som tabulator, linjeskift eller et usynlig tegn). Det er fjernet.",
  "paste.cleaned.many":
    "Teksten du limte inn hadde {count} skjulte tegn (som tabulatorer, linjeskift eller usynlige tegn). De er fjernet.",
  "error.field.out_of_range": "«{label}» må være fra {min} til {max}.",
  "error.field.invalid_date": "«{label}» er ikke en gyldig dato.",
  "error.aga.year_unsupported":
    "Vi har ikke satser for arbeidsgiveravgift for {year}. De første satsene gjelder {earliest}.",
  "error.internal.rate_table": "Satstabellen i programmet er skadet. Installer programmet på nytt.",
  "error.field.negative": "«{label}» kan ikke være negativ.",
  "error.field.zero": "«{label}» må være mer enn 0.",
  "field.notWhole": "«{label}» må være et helt tall, uten desimaler.",
  "error.field.too_large": "«{label}» kan være høyst {max}.",
  "error.field.below_minimum": "«{label}» må være minst {min}.",
  "error.field.too_precise": "«{label}» kan ha høyst {decimals} desimaler.",
  "error.field.end_before_start": "«{label}» kan ikke komme før starten.",
  "error.field.too_many": "«{label}» kan ha høyst {max} oppføringer.",
  "error.field.outside_horizon": "«{label}» ligger utenfor årene planen dekker.",
  "error.field.unknown_position": "«{label}» viser til en stilling som ikke finnes.",
  "error.field.duplicate_id": "«{label}» er brukt to ganger.",
  "error.field.invalid_code": "Bruk bare tall og bokstaver, som 010 eller 10100.",
  "error.plan.invalid_file": "Planen har en feil i «{label}» og kan ikke leses.",
  "error.plan.invalid_file_whole":
    "Fila er ikke en plan fra Erfaringsplan (det mangler felt en plan alltid har).",
  "error.plan.file_too_large": "Fila er for stor. En plan-fil kan være høyst {maxMb} MB.",
  "error.plan.not_json":
    "Fila er ikke en plan-fil fra Erfaringsplan. Den kan ikke leses som JSON (linje {line}, tegn {column}).",
  "error.plan.newer_version":
    "Planen er laget i en nyere versjon av Erfaringsplan (filformat {version}). Oppdater appen for å hente den inn.",
  "error.import.not_found": "Fant ikke fila. Den kan være flyttet eller slettet.",
  "error.import.permission_denied": "Du har ikke tilgang til å lese denne fila.",
  "error.import.read_failed": "Fila kunne ikke leses. Prøv igjen, eller velg en annen fil.",
  "error.import.not_a_file": "Velg en fil, ikke en mappe eller enhet.",
  "error.import.not_local": "Velg en fil som ligger på denne datamaskinen.",
  "error.internal.overflow": "Tallene ble for store til å regne med. Sjekk beløp og prosenter.",
  "error.unknown": "Noe gikk galt ({code}).",
  "error.store.no_folder":
    "Erfaringsplan fant ikke mappen der planene lagres, og fikk ikke laget den. Sjekk at du kan lagre filer på denne datamaskinen, eller kontakt IT-støtten.",
  "error.store.load_failed":
    "Filen med planene er ikke endret. Lukk Erfaringsplan og åpne den igjen. Skjer det igjen, kontakt IT-støtten.",
  "error.store.save_permission_denied":
    "Erfaringsplan har ikke lov til å lagre i mappen der planene ligger. Det som sist ble lagret, er der fortsatt. Kontakt IT-støtten.",
  "error.store.save_failed":
    "Kanskje er disken full. Det som sist ble lagret, er der fortsatt, og Erfaringsplan prøver igjen ved neste endring.",
  "error.plan.unknown_field": "«{label}» er ukjent for denne versjonen og ble utelatt.",
  "error.output.is_input":
    "Filen du vil lagre til, er en av filene som leses. Velg et annet navn. Ingenting ble skrevet.",
  "error.store.read_only":
    "Planene er fra en nyere versjon av Erfaringsplan, så endringer lagres ikke her.",
  "error.store.open_elsewhere":
    "Planene er åpne i et annet vindu av Erfaringsplan, så endringer lagres ikke her.",
  "store.openElsewhere":
    "Erfaringsplan er allerede åpen med de samme planene i et annet vindu. Her kan du se planene, men endringer blir ikke lagret, slik at du ikke skriver over det du gjør i det andre vinduet. Fortsett der, eller lukk begge vinduene og åpne Erfaringsplan på nytt.",
  "store.newer":
    "Planene ble lagret av en nyere versjon av Erfaringsplan (filformat {version}). Du kan se dem her, men endringer blir ikke lagret, slik at filen ikke blir ødelagt. Oppdater Erfaringsplan for å endre planene.",
  "store.recovered.whole":
    "Filen med planene var skadet og kunne ikke leses. Den er flyttet til {path}, så ingenting er slettet.",
  "store.recovered.some":
    "{count} plan(er) kunne ikke leses fordi filen var skadet. Den skadde filen er flyttet til {path}; de andre planene er her som før.",
  "store.recovered.backup": "{count} plan(er) er hentet fra forrige lagrede versjon av filen.",
  "error.internal.task": "Noe stoppet uventet. Prøv igjen.",
  "error.pdf.render": "PDF-en kunne ikke lages. Prøv igjen, eller meld fra om feilen.",
  "error.xlsx.render": "Regnearket kunne ikke lages. Prøv igjen, eller meld fra om feilen.",
  "error.export.folder_missing":
    "Mappen du valgte finnes ikke lenger. Velg et annet sted og prøv igjen.",
  "error.export.permission_denied":
    "Filen kunne ikke lagres der: du har ikke lov til å lagre i mappen, eller filen er åpen i et annet program (for eksempel Excel). Lukk den eller velg et annet sted, og prøv igjen. Ingen fil ble overskrevet.",
  "error.export.in_use":
    "Filen kan ikke erstattes fordi den er i bruk, for eksempel åpen i Excel. Lukk den eller velg et annet navn, og prøv igjen. Ingenting ble lagret.",
  "error.export.read_only":
    "Filen er skrivebeskyttet, så den kan ikke erstattes. Velg et annet navn, eller fjern «Skrivebeskyttet» under filens Egenskaper, og prøv igjen. Ingenting ble lagret.",
  "error.export.blocked_folder":
    "Windows lot ikke Erfaringsplan lage en fil i denne mappen. Er «Kontrollert mappetilgang» slått på (under «Beskyttelse mot løsepengevirus» i Windows-sikkerhet), må Erfaringsplan tillates der; ellers kan du velge en annen mappe. Ingenting ble lagret.",
  "error.export.write_failed":
    "Filen kunne ikke lagres, kanskje fordi disken er full. Ingen fil ble overskrevet.",
  "error.export.app_file":
    "Den filen er Erfaringsplans egen fil med planene dine, og kan ikke erstattes av en eksport. Velg et annet navn eller en annen mappe.",
  "error.export.not_a_file": "Velg en mappe på denne datamaskinen.",
  "error.export.open_failed":
    "Filen er lagret, men kunne ikke åpnes her. Åpne den fra mappen der du lagret den.",
  "error.export.nothing_to_open": "Lag filen først, så kan du åpne den.",

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
  "chart.summary":
    "Fra {first} til {last} dekker tilskudd {grants}, og arbeidsgiver betaler {net}.",
  "chart.heading": "Tilskudd og arbeidsgivers kostnad per år",
  "planList.copyName": "Kopi av {name}",
  "planList.copied": "Dette er en ny kopi av «{name}». Endringer her endrer ikke originalen.",
  "planList.deleted": "Planen «{name}» er slettet.",
  "planList.undoDelete": "Angre",
  "planList.newName": "Nytt navn",
  "planList.saveName": "Lagre navnet",
  "planList.cancel": "Avbryt",
  "planList.rename": "Gi nytt navn",
  "planList.renameLabel": "Gi nytt navn til «{name}»",
  "planList.duplicate": "Lag en kopi",
  "planList.makeAlternative": "Lag alternativ",
  "planList.makeAlternativeLabel": "Lag alternativ til «{name}»",
  "planList.alternativeOf": "Alternativ til «{name}»",
  "planList.alternativesOf": "Alternativer til «{name}»",
  "planList.select": "Velg for sammenligning",
  "planList.selectNamed": ": «{name}»",
  "planList.compareChosen": "Sammenlign valgte ({count})",
  "planList.compareHelp":
    "Kryss av for 2–4 planer og trykk «Sammenlign valgte». Den første du krysser av, er grunnlaget de andre sammenlignes med.",
  "planList.compareTooMany": "Du kan sammenligne høyst {max} planer om gangen.",
  "planList.compareAlternatives": "Sammenlign med alternativene",
  "planList.compareAlternativesLabel": "Sammenlign med alternativene: «{name}»",

  "wizard.versions": "Versjoner ({count})",
  "planList.versionsLabel": "Versjoner ({count}): «{name}»",
  "versions.heading": "Versjoner av «{name}»",
  "versions.intro":
    "En versjon er en låst kopi av planen slik den er nå, med et navn du velger – for eksempel det dere sendte til budsjettmøtet. Senere kan du se hva som er endret siden, eller sette planen tilbake til versjonen.",
  "versions.label": "Navn på versjonen",
  "versions.labelHelp": "For eksempel «Sendt til budsjettmøtet 12. mars».",
  "versions.labelRequired": "Skriv et navn på versjonen.",
  "versions.labelTooLong": "Navnet kan være høyst {max} tegn.",
  "versions.save": "Lagre versjon",
  "versions.full":
    "Planen har {max} versjoner, som er det meste den kan ha. Slett en eldre versjon for å lagre en ny.",
  "versions.saved": "Lagrede versjoner ({count})",
  "versions.none": "Ingen versjoner er lagret ennå.",
  "versions.savedAt": "Lagret {when}",
  "versions.view": "Vis",
  "versions.hide": "Skjul",
  "versions.viewLabel": "Vis versjonen «{label}»",
  "versions.compare": "Sammenlign med planen nå",
  "versions.compareLabel": "Sammenlign med planen nå: versjonen «{label}»",
  "versions.restore": "Sett planen tilbake hit",
  "versions.restoreLabel": "Sett planen tilbake hit: versjonen «{label}»",
  "versions.deleteLabel": "Slett versjonen «{label}»",
  "versions.savedNotice": "Versjonen «{label}» er lagret.",
  "versions.restoredNotice":
    "Planen er satt tilbake til versjonen «{label}». Planens navn er beholdt.",
  "versions.undoneNotice": "Planen er som før du satte den tilbake til versjonen «{label}».",
  "versions.deletedNotice": "Versjonen «{label}» er slettet. Angre med Ctrl+Z.",
  "versions.viewHeading": "Versjonen «{label}» ({date})",
  "versions.readOnly":
    "Slik planen var da versjonen ble lagret. Den kan ikke endres; sett planen tilbake hit hvis du vil arbeide videre fra den.",

  "whatIf.intro":
    "Hva arbeidsgiver må betale i tillegg hvis noe går annerledes enn planlagt. Hver rad er planen regnet på nytt med én endring. Vil du se nærmere på en av dem, kan du lagre den som et alternativ og sammenligne.",
  "whatIf.keep": "Lagre som alternativ",
  "whatIf.makeAlternative": "Lag alternativ",
  "whatIf.makeAlternativeLabel": "Lag alternativ der {scenario}",

  "portfolio.exportPdf": "Eksporter PDF",
  "portfolio.exportPdf.heading": "PDF til budsjettmøtet",
  "portfolio.exportPdf.hint":
    "Alle planene samlet på liggende A4: årene, tilskuddene og året dere må finne mest penger selv.",
  "portfolio.exportXlsx": "Last ned regneark",
  "portfolio.exportXlsx.heading": "Regneark med alle planene",
  "portfolio.exportXlsx.hint":
    "Et ark per plan og ett som summerer dem år for år med formler, til budsjettarbeidet.",
  "portfolio.open": "Se alle planene samlet",
  "portfolio.openHelp":
    "For budsjettet: hva alle stillingene koster til sammen år for år, hvor mye tilskuddene dekker, og når dere må finne mer penger selv.",
  "portfolio.intro":
    "Hver plan er regnet ut for seg, slik den står, og summert her år for år. Netto arbeidsgiver er det dere må betale selv etter tilskudd.",
  "portfolio.choose": "Planer som skal være med",
  "portfolio.chooseHelp":
    "Alternativer og eksempler er ikke med fra start: et alternativ er en annen måte å gjøre den samme ansettelsen på, ikke en ansettelse til.",
  "portfolio.none": "Velg minst én plan for å se tallene.",
  "portfolio.loading": "Regner ut …",
  "portfolio.leftOutPlan": "«{name}» er ikke regnet med: {reason}",
  "portfolio.noGrants": "Ingen av planene har tilskudd.",
  "portfolio.grantOf": "{grant} ({plan}): {total} i alt",
  "compare.intro":
    "Tallene er regnet ut for hver plan for seg. Forskjellen er alternativet minus grunnlaget, i kroner og prosent av grunnlaget.",
  "compare.base": "Grunnlag (de andre sammenlignes med denne)",
  "compare.baseColumn": "{name} (grunnlag)",
  "compare.differenceFrom": "Forskjell fra «{name}»",
  "compare.loading": "Regner ut sammenligningen …",
  "compare.figures": "Nøkkeltall",
  "compare.yearsCaption": "Tallene for hvert år",
  "compare.changesOf": "«{name}» sammenlignet med «{base}»",
  "compare.chartNote":
    "Diagrammet viser det samme som tabellen under: arbeidsgivers kostnad hvert år, én linje per plan.",
  "compare.differentYears":
    "Planene dekker ulike år ({years}). En plan regnes med null kroner i år den ikke dekker (vist som –), og summene gjelder hver plans egne år.",
  "compare.planInvalid": "«{name}» kan ikke sammenlignes ennå: {cause}",
  "compare.openToFix": "Åpne «{name}» og rett feilen",
  "compare.versionName": "{name} – versjon «{label}»",
  "compare.exportPdf": "Eksporter sammenligningen som PDF",
  "compare.exportPdf.heading": "Sammenligningen som PDF",
  "compare.exportPdf.hint":
    "Nøkkeltallene, diagrammet, tallene år for år og hva som er forskjellig, på liggende A4-sider til budsjettmøtet.",
  "compare.exportXlsx": "Last ned sammenligningen som regneark",
  "compare.exportXlsx.heading": "Sammenligningen som regneark",
  "compare.exportXlsx.hint":
    "En Excel-arbeidsbok med ett ark per plan og et ark med nøkkeltallene og forskjellene år for år som formler.",
  "error.compare.count": "Velg fra {min} til {max} planer å sammenligne (nå {count}).",
  "planList.duplicateLabel": "Lag en kopi av «{name}»",
  "planList.delete": "Slett",
  "planList.deleteLabel": "Slett «{name}»",
  "planList.import": "Hent plan fra fil",
  "planList.importing": "Henter planen …",
  "planList.imported": "Planen «{name}» er hentet inn og ligger nederst i listen.",
  "planList.importUnknown":
    "Fila hadde {count} felt som denne versjonen av Erfaringsplan ikke kjenner. De er ikke tatt med:",
  "planList.importProblems":
    "Noen verdier må rettes før kostnadene kan regnes ut. Du finner dem i veiviseren:",
  "planList.exportFile": "Lagre som fil",
  "planList.andMore": "… og {count} til",
  "planList.exportFileLabel": "Lagre «{name}» som fil",
  "planList.exportedFile": "Planen «{name}» er lagret i {path}.",
  "planList.fileHelp":
    "Med «Lagre som fil» får du en kopi av planen som du kan ta vare på eller gi til en kollega. Med «Hent plan fra fil» legger du en slik kopi inn i listen.",
  "intro.heading": "Slik lager du en ansettelsesplan",
  "intro.lead":
    "Veiviseren tar deg gjennom sju steg, ett for hvert punkt nedenfor. Du kan gå fram og tilbake når du vil, og alt lagres mens du skriver.",
  "intro.covers": "Dette går vi gjennom",
  "intro.covers.organisation":
    "Hvem som ansetter, og hvilken sone for arbeidsgiveravgift som gjelder.",
  "intro.covers.role": "Hva erfaringskonsulenten skal gjøre, og hvor mange stillinger.",
  "intro.covers.checklist": "Hva som må gjøres fra utlysning til tilskuddet tar slutt.",
  "intro.covers.salary": "Lønn, feriepenger og pensjon.",
  "intro.covers.grants": "Tilskuddene, hvordan de trappes ned, og hvem som betaler etterpå.",
  "intro.covers.supervision": "Veiledning, nettverk og opplæring, med kostnader år for år.",
  "intro.covers.summary":
    "Alle tallene samlet, og en ansettelsesplan du kan ta med til budsjettmøtet.",
  "intro.atHand": "Ha gjerne dette for hånden",
  "intro.atHand.1": "Sonen for arbeidsgiveravgift (lønnsavdelingen vet den).",
  "intro.atHand.2": "Pensjonssatsen fra pensjonsleverandøren.",
  "intro.atHand.3": "Tilsagnsbrev eller regler for tilskuddet dere søker.",
  "intro.atHand.4": "Hva veiledning koster hos dere, eller et tilbud fra en veileder.",
  "intro.time": "Det tar 20–30 minutter å fylle ut alt. Du kan ta pauser og fortsette senere.",
  "intro.start": "Start",
  "wizard.undo": "Angre",
  "wizard.redo": "Gjør om",
  "wizard.stepIncomplete": "Mangler",
  "positionCost.caption": "Hva stillingen koster i {year}",
  "positionCost.captionPart": "Hva stillingen koster i {year} ({months} måneder)",
  "positionCost.worked": "Lønn for arbeidet tid",
  "positionCost.holidayPay": "Feriepenger",
  "positionCost.waiting": "Kostnaden for stillingen vises når {fields}.",
  "checklist.progress": "{done} av {total} ferdig",
  "checklist.status": "Status: {item}",
  "checklist.details": "Ansvarlig, frist og notat",
  "checklist.detailsFilled": "Ansvarlig, frist og notat (utfylt)",
  "checklist.owner": "Ansvarlig",
  "checklist.due": "Frist",
  "checklist.note": "Notat",
  "checklist.ownTitle": "Eget punkt",
  "checklist.remove": "Fjern «{item}»",
  "checklist.addOwn.label": "Nytt punkt under «{phase}»",
  "checklist.addOwn": "Legg til punkt",
  "field.checklist.title": "Eget punkt",
  "field.checklist.owner": "Ansvarlig",
  "field.checklist.due": "Frist",
  "field.checklist.note": "Notat",
  "field.inChecklist": "{label} (sjekkliste, punkt {n})",
  "wizard.stepHasErrors": "Feil",
  "field.required.number": "Fyll inn «{label}».",
  "field.notANumber.decimal": "«{label}» må være et tall, for eksempel 12,5.",
  "field.notANumber.amount": "«{label}» må være et beløp i kroner, for eksempel 460 000.",
  "field.tooManyDecimals": "«{label}» kan ha høyst to desimaler (øre), for eksempel 450 000,50.",
  "field.lookalike": "«{label}» har en bokstav der det skal stå et siffer. Mente du {suggestion}?",
  "field.readAs": "Lest som {value}",
  "field.orgName": "Virksomhet eller enhet",
  "field.orgName.description": "Navnet som skal stå på ansettelsesplanen.",
  "field.orgKind": "Hva slags arbeidsgiver er dere?",
  "field.municipality": "Kommune (valgfritt)",
  "field.agaZone": "Sone for arbeidsgiveravgift",
  "field.agaZone.description":
    "Sonen følger stedet der virksomheten eller underenheten er registrert.",
  "aga.help.summary": "Slik finner dere sonen",
  "aga.help.text":
    "Lønnsavdelingen kjenner sonen fra a-meldingen. Skatteetaten har en oversikt over soner per kommune. Noen sammenslåtte kommuner har flere soner, så velg sonen der enheten som ansetter er registrert.",
  "field.fribelopUsedUp": "Fribeløpet for sone 1a er brukt opp",
  "field.fribelopUsedUp.description":
    "Store arbeidsgivere bruker ofte opp fribeløpet tidlig i året. Da betaler de satsen for sone 1.",
  "field.agaRateOverride": "Egen sats for arbeidsgiveravgift (valgfritt)",
  "field.agaRateOverride.description":
    "Fyll inn bare hvis lønnsavdelingen bruker en annen sats enn tabellen.",
  "field.wageGrowthPercent": "Årlig lønnsvekst",
  "field.wageGrowthPercent.description":
    "Antakelse. Rammen i frontfaget var 5,2 % i 2023 og 2024 og 4,4 % i 2025.",
  "field.regulationMonth": "Måned lønnen reguleres",
  "field.priceGrowthPercent": "Årlig prisvekst for andre kostnader",
  "field.priceGrowthPercent.description":
    "Antakelse. Brukes for veiledning, opplæring og andre kostnader enn lønn.",
  "field.financingAfterGrants": "Hvordan skal stillingene finansieres når tilskuddet tar slutt?",
  "field.financingAfterGrants.description":
    "Svaret kommer med i ansettelsesplanen. Tenk på budsjettår, økonomiplan og hvem som bestemmer.",
  "field.position.title": "Stillingstittel",
  "field.position.ftePercent": "Stillingsprosent",
  "field.position.ftePercent.description": "Fra {min} til {max} %.",
  "field.position.start": "Oppstart",
  "field.position.end": "Siste måned",
  "field.position.permanence": "Fast eller midlertidig?",
  "field.position.annualSalary": "Årslønn i 100 % stilling ved oppstart",
  "field.position.annualSalary.description": "Det finnes ingen tariff.",
  "field.position.annualSalary.range":
    "Det finnes ingen tariff. Vanlig lønn er {range} ({source}, {year}).",
  "field.position.seniorityYears": "Ansiennitet godskrevet for erfaring (år)",
  "field.position.seniorityYears.description":
    "Noen arbeidsgivere godskriver 5–10 år. Lønnen over skal allerede ta hensyn til dette.",
  "field.position.holidayTerms": "Ferieordning",
  "field.position.holidayPayPercent": "Feriepenger",
  "field.position.holidayWeeks": "Ferieuker",
  "field.position.pensionScheme": "Pensjonsordning",
  "field.position.pensionPercent": "Arbeidsgivers pensjonspremie",
  "field.position.pensionRateConfirmed": "Satsen er sjekket med pensjonsleverandøren",
  "field.grant.name": "Navn på tilskuddet",
  "field.grant.source": "Hvem gir tilskuddet?",
  "field.grant.firstYear": "Første år med tilskudd",
  "field.grant.shape": "Hvordan beregnes tilskuddet?",
  "field.grant.amount": "Beløp",
  "field.grant.amountPerFullTime": "Beløp per 100 % stilling per år",
  "field.grant.years": "Antall år",
  "field.grant.amounts": "Beløp per år",
  "field.grant.sharesPercent": "Andel per år",
  "field.grant.yearlyCap": "Høyeste beløp per år (valgfritt)",
  "field.grant.positions": "Stillinger tilskuddet gjelder",
  "field.grant.positions.description": "Ingen valgt betyr at tilskuddet gjelder hele planen.",
  "field.grant.schedule": "Opptrapping og nedtrapping år for år",
  "field.grant.amountInYear": "Per 100 % stilling i {year}",
  "field.grant.shareInYear": "Andel av kostnaden i {year}",
  "field.grant.fixedInYear": "Beløp for stillingene i {year}",
  "field.grant.fixed.description":
    "Beløpet gjelder stillingene til sammen, uansett stillingsprosent. Er ingen av dem i arbeid hele året, gir tilskuddet bare for månedene noen av dem er i arbeid.",
  "field.item.name": "Hva er det?",
  "field.item.name.description": "For eksempel hvem som veileder, eller navnet på nettverket.",
  "field.item.category": "Type",
  "field.item.basis": "Beregnes",
  "field.item.price": "Pris per gang",
  "field.item.sessionsPerYear": "Ganger per år",
  "field.item.hoursPerSession": "Timer per gang",
  "field.item.hoursPerSession.description":
    "Brukes til å regne ut timene i året. Prisen gjelder per gang, uansett hvor lang den er.",
  "field.item.perPosition": "Gjelder hver stilling",
  "field.item.perPosition.description":
    "Kostnaden følger antall stillinger i arbeid, måned for måned, som ved individuell veiledning.",
  "field.item.rate": "Timepris",
  "field.item.hoursPerYear": "Timer per år",
  "field.item.amount": "Beløp",
  "field.item.firstYear": "Første år",
  "field.item.lastYear": "Siste år",
  "field.item.position": "Stilling",
  "field.item.internal": "Gis av egne ansatte",
  "field.item.internal.description":
    "Telles i timer. Kostnaden for tiden regnes ikke med, med mindre dere velger det når dette er krysset av.",
  "field.item.includeInternalCost": "Regn med kostnaden for egne ansattes tid",
  "field.inPosition": "{label} (stilling {n})",
  "field.inGrant": "{label} (tilskudd {n})",
  "field.inItem": "{label} (kostnad {n})",
  "field.tasks": "Hva skal erfaringskonsulenten jobbe med?",
  "field.tasks.description": "Velg alt som passer. Oppgavene bør stå i stillingsbeskrivelsen.",
  "role.positions": "Stillinger ({count})",
  "role.noPositions": "Ingen stillinger ennå.",
  "role.positionN": "Stilling {n}",
  "role.endWithGrant":
    "Sluttdatoen er satt til da tilskuddet «{grant}» tar slutt. Endre den hvis kontrakten slutter en annen dato.",
  "role.endAfterYear":
    "Sluttdatoen er satt til ett år etter oppstart. Endre den til kontraktens sluttdato.",
  "role.temporaryHint":
    "Når man ansetter, gjør man det for år, ikke måneder. En fast stilling gir tryggere rammer for den som ansettes.",
  "role.removePosition": "Fjern stilling {n}",
  "role.addPosition": "Legg til stilling",
  "role.alone.heading": "Én erfaringskonsulent alene",
  "role.alone.text":
    "Å være den eneste med brukererfaring på arbeidsplassen er krevende. Vurder to stillinger, eller et nettverk med andre erfaringskonsulenter.",
  "role.alone.addPosition": "Legg til en stilling til",
  "role.alone.addNetwork": "Legg til nettverk",
  "holiday.custom": "Egen ordning",
  "assumption.tag": "Lønnsvekst og prisvekst er antakelser",
  "salary.noPositions": "Legg til stillinger i steget «Rollen» først.",
  "salary.positionHeading": "Stilling {n}: {title}",
  "salary.band.inside": "Innenfor det vanlige spennet {range}.",
  "salary.band.waiting": "Når {fields}, ser du her hvor lønnen ligger i det vanlige spennet.",
  "salary.band.outside":
    "Utenfor det vanlige spennet {range}. Sjekk at beløpet er for 100 % stilling.",
  "pension.public.description":
    "Satsen varierer mellom arbeidsgivere og år. Hent den fra pensjonsleverandøren.",
  "pension.otp.description": "Minst {min} % av lønnen.",
  "pension.assumed": "Antakelse: satsen er ikke sjekket",
  "grants.none": "Ingen tilskudd lagt inn.",
  "grants.grantN": "Tilskudd {n}",
  "grants.positionLabel": "Stilling {n}: {title}",
  "grants.remove": "Fjern tilskudd {n}",
  "grants.add": "Legg til: {shape}",
  "grants.addYear": "Legg til et år",
  "grants.removeYear": "Fjern siste år",
  "grants.tableHeading": "Tilskudd og kostnad for arbeidsgiver år for år",
  "grants.cliff":
    "I {year} øker arbeidsgiverens kostnad med {jump}, og tilskuddet er {drop} lavere enn året før.",
  "table.caption": "Kostnader, tilskudd og netto for arbeidsgiver per år, i kroner",
  "table.cliff": "stup",
  "table.cliffLegend":
    "Finansieringsstupet i {year}: tilskuddet faller, og arbeidsgivers kostnad øker.",
  "table.sum": "Sum",
  "basis.perSession": "Per gang",
  "basis.perHour": "Per time",
  "basis.perYear": "Per år",
  "basis.once": "Én gang",
  "supervision.none":
    "Veiledning fra første dag gjør det lettere å stå i jobben – individuelt eller i gruppe, fra leder, kollega eller en erfaren erfaringskonsulent. Legg den til med knappene under.",
  "supervision.rare":
    "Veiledningen er sjeldnere enn én gang i måneden. Mange anbefaler tettere oppfølging, særlig det første året.",
  "supervision.itemN": "Kostnad {n}",
  "supervision.firstYear": "I {year}: {hours} timer, {cost}.",
  "supervision.remove": "Fjern «{name}»",
  "supervision.add": "Legg til: {category}",
  "summary.change": "Endre {step}",
  "summary.noProjection": "Planen har feil som må rettes før kostnadene kan regnes ut.",
  "summary.missing.heading": "Planen er ikke ferdig",
  "summary.missing.intro":
    "Dette mangler før planen er komplett. Til det er på plass, er PDF-en merket som utkast og lister det samme.",
  "summary.nothingToPay":
    "Planen har ingen stillinger ennå, så det er ingenting å betale og ingenting å regne på.",
  "waiting.one": "{field} er rettet",
  "waiting.two": "{first} og {second} er rettet",
  "waiting.many": "{field} og {count} andre felt er rettet",
  "positionCost.notAtWork": "Stillingen er ikke i arbeid i noen av årene planen dekker.",
  "summary.staleFor": "Tallene er fra siste gyldige versjon av planen. De oppdateres når {fields}.",
  "summary.stale":
    "Tallene er fra siste gyldige versjon av planen. Rett feilene for å oppdatere dem.",
  "summary.fixIn": "Gå til {step}",
  "summary.answers": "Svarene dine",
  "budget.intro":
    "Kostnadene fordelt på linjene i et kommunebudsjett, med funksjon og art. La et felt stå tomt for å bruke koden under «Brukes nå». Skriv deres egen kode der kontoplanen deres er en annen, eller der koden er deres å sette.",
  "budget.functionNow": "Brukes nå: {code}. La feltet stå tomt for å beholde den.",
  "budget.caption": "Budsjettlinjene, beløp i kroner",
  "budget.now": "Brukes nå",
  "budget.yours": "Deres kode",
  "budget.artFor": "Deres art for {line}",
  "budget.portfolioIntro":
    "Kostnadene i planene som er regnet med, lagt sammen per funksjon, art og linje, hver plan i sine egne år. Regnearket og PDF-en viser hvert år.",
  "summary.checklist": "Sjekklisten",
  "summary.checklistPhase": "{phase}: {done} av {total} ferdig",
  "summary.exportPdf": "Eksporter PDF",
  "summary.exportPdf.heading": "Ansettelsesplan som PDF",
  "summary.exportPdf.hint":
    "PDF-en har med nøkkeltallene, budsjettet år for år, veiledningen, sjekklisten, linjer for underskrift og et vedlegg som viser hvordan hvert tall er regnet ut.",
  "summary.exportPdf.stale": "Rett feilene i planen før du lager PDF-en.",
  "summary.exportPdf.busy": "Lager PDF …",
  "summary.exportPdf.done": "PDF-en er lagret som {path}.",
  "summary.exportPdf.open": "Åpne PDF-en",
  "summary.exportXlsx": "Last ned regneark",
  "summary.exportXlsx.heading": "Ansettelsesplan som regneark",
  "summary.exportXlsx.hint":
    "En Excel-arbeidsbok med forutsetningene, lønnskostnaden for hver stilling og hvert år som formler, tilskuddene og budsjettet år for år. Endrer du for eksempel lønnsveksten, regnes kostnadene om.",
  "summary.exportXlsx.stale": "Rett feilene i planen før du lager regnearket.",
  "summary.exportXlsx.busy": "Lager regnearket …",
  "summary.exportXlsx.done": "Regnearket er lagret som {path}.",
  "summary.exportXlsx.open": "Åpne regnearket",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nb;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export type Locale = "nb" | "en";
export const locales: readonly Locale[] = ["nb", "en"];
