//! The hiring checklist: what to do, phase by phase, from before the advertisement until the
//! grant ends, and why each step matters. The texts are the app's own, in bokmål and English,
//! drawn from the experience summed up in the domain brief (§1, §5, §6). A plan keeps one entry
//! per item with its status, owner, due date and note, plus the user's own items.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::EnumIter;
use ts_rs::TS;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    TS,
    JsonSchema,
    EnumIter,
)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ChecklistPhase {
    BeforeAdvertising,
    Recruiting,
    Hiring,
    FirstWeeks,
    FirstYear,
    BeforeGrantEnds,
}

impl ChecklistPhase {
    pub const ALL: [ChecklistPhase; 6] = [
        Self::BeforeAdvertising,
        Self::Recruiting,
        Self::Hiring,
        Self::FirstWeeks,
        Self::FirstYear,
        Self::BeforeGrantEnds,
    ];
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema, EnumIter,
)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ChecklistStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    NotRelevant,
}

/// One item of the built-in checklist, with its texts in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChecklistTemplate {
    pub id: &'static str,
    pub phase: ChecklistPhase,
    pub title_nb: &'static str,
    pub why_nb: &'static str,
    pub title_en: &'static str,
    pub why_en: &'static str,
}

/// A checklist item in a plan: a built-in one (`template_id`) or the user's own (`title`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChecklistEntry {
    pub id: String,
    #[serde(default)]
    pub template_id: Option<String>,
    pub phase: ChecklistPhase,
    /// The user's own title (own items), or empty for a built-in item.
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub status: ChecklistStatus,
    #[serde(default)]
    pub owner: String,
    /// YYYY-MM-DD, or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub note: String,
}

/// How far one phase of the checklist has come: the items done of those that apply (an item
/// marked «Ikke aktuelt» does not count). Counted here once, for the wizard, its summary and the
/// PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PhaseProgress {
    pub phase: ChecklistPhase,
    pub done: u32,
    /// The items that apply: all but those marked not relevant.
    pub relevant: u32,
}

/// Each phase's progress, in the phases' order (every phase, also one without items).
pub fn progress(entries: &[ChecklistEntry]) -> Vec<PhaseProgress> {
    use strum::IntoEnumIterator;
    let count = |phase: ChecklistPhase, counts: fn(ChecklistStatus) -> bool| {
        let n = entries
            .iter()
            .filter(|e| e.phase == phase && counts(e.status))
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    ChecklistPhase::iter()
        .map(|phase| PhaseProgress {
            phase,
            done: count(phase, |s| s == ChecklistStatus::Done),
            relevant: count(phase, |s| s != ChecklistStatus::NotRelevant),
        })
        .collect()
}

macro_rules! item {
    ($id:literal, $phase:ident, $tnb:literal, $wnb:literal, $ten:literal, $wen:literal) => {
        ChecklistTemplate {
            id: $id,
            phase: ChecklistPhase::$phase,
            title_nb: $tnb,
            why_nb: $wnb,
            title_en: $ten,
            why_en: $wen,
        }
    };
}

/// The built-in checklist, in phase order.
pub const TEMPLATES: &[ChecklistTemplate] = &[
    item!("purpose", BeforeAdvertising,
        "Avklar hvorfor dere ansetter en erfaringskonsulent",
        "Stillingen fungerer best når ledere og kolleger vet hva den skal bidra med, og hva den ikke er.",
        "Clarify why you are hiring a peer support worker",
        "The post works best when leaders and colleagues know what it is meant to add, and what it is not."),
    item!("job-description", BeforeAdvertising,
        "Skriv en stillingsbeskrivelse",
        "Uten en skriftlig beskrivelse blir rollen lett uklar. I en kartlegging manglet over halvparten en slik beskrivelse.",
        "Write a job description",
        "Without a written description the role easily gets vague. In one survey more than half had none."),
    item!("anchoring", BeforeAdvertising,
        "Forankre stillingen hos ledelsen, i planer og i budsjettet",
        "Tilskudd krever ofte forankring, og stillingen trenger en plass i budsjettet også etter tilskuddet.",
        "Anchor the post with management, in plans and in the budget",
        "Grants often require it, and the post needs a place in the budget after the grant as well."),
    item!("colleagues", BeforeAdvertising,
        "Forbered kollegene",
        "Kollegene må vite når og hvordan de kan trekke inn erfaringskonsulenten i arbeidet.",
        "Prepare the colleagues",
        "Colleagues need to know when and how to involve the peer support worker."),
    item!("not-alone", BeforeAdvertising,
        "Sørg for at ingen står alene",
        "Å være den eneste med brukererfaring på arbeidsplassen er krevende. Vurder to stillinger, et team eller et nettverk.",
        "Make sure no one stands alone",
        "Being the only one with lived experience at the workplace is hard. Consider two posts, a team or a network."),
    item!("salary", BeforeAdvertising,
        "Bestem lønnsplassering",
        "Det finnes ingen tariff. Avklar lønn, og om erfaring skal gi ansiennitet, før dere lyser ut.",
        "Decide the salary placement",
        "There is no pay scale. Settle the salary, and whether experience counts as seniority, before advertising."),
    item!("financing-plan", BeforeAdvertising,
        "Lag en plan for finansiering når tilskuddet tar slutt",
        "Mange stillinger er blitt borte fordi ingen planla for tiden etter tilskuddet.",
        "Plan the financing for when the grant ends",
        "Many posts have disappeared because no one planned for the time after the grant."),
    item!("advertise", Recruiting,
        "Lys ut stillingen på vanlig måte",
        "En ordinær utlysning gir flere søkere og lik behandling.",
        "Advertise the post in the usual way",
        "An ordinary advertisement gives more applicants and equal treatment."),
    item!("experience-not-diagnosis", Recruiting,
        "Spør etter bruk av erfaring, ikke etter diagnoser",
        "Søknad og intervju skal handle om hvordan personen bruker erfaringen sin i arbeidet.",
        "Ask about using experience, not about diagnoses",
        "Application and interview should be about how the person uses their experience at work."),
    item!("organisations", Recruiting,
        "Kontakt bruker- og pårørendeorganisasjoner",
        "De kan spre utlysningen og gi råd om rollen.",
        "Contact user and next-of-kin organisations",
        "They can spread the advertisement and advise on the role."),
    item!("interview", Recruiting,
        "Intervju med tydelige kriterier",
        "Personlig egnethet teller mest; formell utdanning er ikke et krav.",
        "Interview with clear criteria",
        "Personal suitability counts most; formal education is not required."),
    // The police certificate. Sources, read December 2026 (stored copies of the pages):
    // - helse- og omsorgstjenesteloven § 5-4, as changed from 1 January 2017 (Prop. 94 L
    //   (2015–2016)): the municipality shall, on offering a post or an assignment, require a
    //   police certificate from everyone who is to provide services under the act, wherever the
    //   services are given. KS Advokatene, «Krav om politiattest for alle som yter tjenester i
    //   helse og omsorg» (ks.no): the certificate shows sexual offences and violence, some
    //   acquisitive offences (theft, embezzlement) and narcotics offences; the person should not
    //   start before it is presented; a remark found after the start is not in itself a fair
    //   reason for dismissal; it cannot be required of those hired before the change.
    // - helsepersonelloven § 20 a: health personnel who are to give health care to children or to
    //   people with an intellectual disability present a police certificate (health trusts).
    // - Datatilsynet, «Kan arbeidsgiveren kreve politiattest?» and «Før ansettelse –
    //   bakgrunnsundersøkelser» (datatilsynet.no): only where a law or a regulation says so
    //   (politiregisterloven ch. 7, politiregisterforskriften part 8; ch. 34 for e.g. voluntary
    //   organisations); the person the certificate is about applies to the police; the
    //   advertisement should say it is required; politiregisterforskriften § 37-2: kept only as
    //   long as needed for its purpose, never after the person leaves the post, then destroyed.
    item!("police-certificate", Hiring,
        "Be om politiattest når loven krever det",
        "I kommunen skal dere kreve politiattest ved tilbud om stillingen når den som ansettes skal yte tjenester etter helse- og omsorgstjenesteloven, også i hjemmet (§ 5-4, fra 1. januar 2017). I et helseforetak gjelder kravet den som skal gi helsehjelp til barn eller personer med utviklingshemming (helsepersonelloven § 20 a). Andre arbeidsgivere kan bare be om attest der en lov eller forskrift gir adgang.\nSkriv i utlysningen at attest kreves. Kandidaten søker selv hos politiet, og attesten skal være lagt fram før første arbeidsdag. Den kan vise blant annet vold, seksuallovbrudd, tyveri og narkotikalovbrudd. Mange i denne rollen har en fortid med rus, og den er ofte en del av grunnen til at de ansettes: avklar på forhånd hvordan dere vurderer en merknad opp mot stillingen, og snakk åpent med kandidaten om den.\nOppbevar attesten bare så lenge den trengs, aldri etter at personen har sluttet, og makuler den da (politiregisterforskriften § 37-2).",
        "Ask for a police certificate when the law requires it",
        "In a municipality you must require a police certificate when offering the post if the person will provide services under the Health and Care Services Act, also in people's homes (§ 5-4, since 1 January 2017). In a health trust the requirement covers those who will give health care to children or to people with an intellectual disability (Health Personnel Act § 20 a). Other employers may ask for one only where a law or regulation allows it.\nSay in the advertisement that a certificate is required. The candidate applies to the police, and the certificate must be presented before the first working day. It can show, among other things, violence, sexual offences, theft and drug offences. Many in this role have a past with substance use, and it is often part of why they are hired: agree beforehand how you will weigh a remark against the post, and talk openly with the candidate about it.\nKeep the certificate only as long as it is needed, never after the person has left, and then destroy it (Police Register Regulations § 37-2)."),
    item!("ordinary-terms", Hiring,
        "Bruk ordinære ansettelsesvilkår",
        "De samme vilkårene som for andre ansatte gir trygghet og viser at rollen er likeverdig.",
        "Use ordinary terms of employment",
        "The same terms as for other staff give security and show the role is equal."),
    item!("permanent", Hiring,
        "Vurder fast stilling",
        "Korte prosjektkontrakter gjør det vanskelig å bygge opp rollen. Man ansetter for år, ikke måneder.",
        "Consider a permanent post",
        "Short project contracts make it hard to build the role. You hire for years, not months."),
    item!("confidentiality", Hiring,
        "Avklar taushetsplikten",
        "Erfaringskonsulenten har samme taushetsplikt som andre ansatte, og bør få det forklart.",
        "Clarify confidentiality",
        "The peer support worker has the same duty of confidentiality as other staff, and should have it explained."),
    item!("supervision-day-one", FirstWeeks,
        "Start veiledning fra første dag",
        "Veiledning tidlig hjelper med å finne rollen og å stå i krevende situasjoner.",
        "Start supervision from day one",
        "Early supervision helps in finding the role and handling demanding situations."),
    item!("introduction", FirstWeeks,
        "Lag en plan for de første ukene",
        "En tydelig start med opplæring og faste kontaktpersoner gjør det lettere å komme inn i jobben.",
        "Plan the first weeks",
        "A clear start with training and named contacts makes it easier to settle in."),
    item!("boundaries", FirstWeeks,
        "Snakk om grenser mellom jobb og privatliv",
        "Å bruke egen erfaring i jobben krever bevissthet om hva man deler, og med hvem.",
        "Talk about boundaries between work and private life",
        "Using one's own experience at work takes awareness of what to share, and with whom."),
    item!("self-care", FirstWeeks,
        "Avtal hvordan erfaringskonsulenten kan ta vare på seg selv",
        "Jobben kan vekke minner. Det bør være lett å si fra og å få støtte.",
        "Agree how the peer support worker can take care of themselves",
        "The job can bring back memories. It should be easy to speak up and get support."),
    item!("training", FirstYear,
        "Meld på opplæring",
        "Tilbud som Erfaringsskolen i Oslo, «Medarbeider med brukererfaring» i Bergen og KBT Fagskole gir faglig trygghet.",
        "Sign up for training",
        "Programmes such as Erfaringsskolen in Oslo, “Medarbeider med brukererfaring” in Bergen and KBT Fagskole build professional confidence."),
    item!("network", FirstYear,
        "Knytt erfaringskonsulenten til et nettverk",
        "Regionale nettverk og konferanser som «Sterkere sammen» gir kolleger med samme rolle.",
        "Connect the peer support worker to a network",
        "Regional networks and conferences such as “Sterkere sammen” give colleagues in the same role."),
    item!("user-links", FirstYear,
        "Hold kontakt med bruker- og pårørendeorganisasjoner",
        "Kontakten holder erfaringskunnskapen oppdatert og bred.",
        "Keep in touch with user and next-of-kin organisations",
        "The contact keeps the experience-based knowledge current and broad."),
    item!("follow-up", FirstYear,
        "Ha jevnlige oppfølgingssamtaler",
        "Samtaler med leder fanger opp tidlig om rollen eller arbeidsmengden må justeres.",
        "Hold regular follow-up talks",
        "Talks with the leader show early whether the role or workload needs adjusting."),
    item!("sick-leave", FirstYear,
        "Kjenn reglene for sykefravær",
        "De vanlige reglene gjelder. Ved kronisk sykdom kan NAV dekke arbeidsgiverperioden (folketrygdloven § 8-20).",
        "Know the rules for sick leave",
        "The ordinary rules apply. For chronic illness NAV can cover the employer period (National Insurance Act § 8-20)."),
    item!("evaluate", FirstYear,
        "Evaluer rollen etter det første året",
        "Hva har fungert, og hva må endres i stillingsbeskrivelsen?",
        "Evaluate the role after the first year",
        "What has worked, and what should change in the job description?"),
    item!("budget-decision", BeforeGrantEnds,
        "Få stillingen inn i budsjettet i god tid",
        "Budsjettet for året etter tilskuddet vedtas ofte et år i forveien.",
        "Get the post into the budget in good time",
        "The budget for the year after the grant is often decided a year ahead."),
    item!("document-results", BeforeGrantEnds,
        "Dokumenter hva stillingen har gitt",
        "Erfaringer fra brukere, kolleger og ledere gir grunnlag for å videreføre stillingen.",
        "Document what the post has achieved",
        "Experience from users, colleagues and leaders supports continuing the post."),
    item!("tell-employee", BeforeGrantEnds,
        "Gi erfaringskonsulenten beskjed om framtiden i god tid",
        "Uvisshet om jobben er en belastning; en tydelig beskjed gir tid til å planlegge.",
        "Tell the peer support worker about the future in good time",
        "Uncertainty about the job is a burden; a clear message gives time to plan."),
];

/// The checklist of a new plan: every built-in item, not started.
pub fn default_checklist() -> Vec<ChecklistEntry> {
    TEMPLATES.iter().map(not_started).collect()
}

fn not_started(t: &ChecklistTemplate) -> ChecklistEntry {
    ChecklistEntry {
        id: t.id.to_owned(),
        template_id: Some(t.id.to_owned()),
        phase: t.phase,
        title: String::new(),
        status: ChecklistStatus::NotStarted,
        owner: String::new(),
        due: String::new(),
        note: String::new(),
    }
}

/// Gives a plan saved before a built-in item existed that item, not started, where the built-in
/// list has it (before the first entry of a later phase or of a later built-in item). Built-in
/// items cannot be removed in the app, so one that is missing is one the plan never had. Entries
/// already there are left as they are; a list of `limit` entries gets nothing more.
pub fn add_missing_items(entries: &mut Vec<ChecklistEntry>, limit: usize) {
    let rank = |e: &ChecklistEntry| {
        e.template_id
            .as_deref()
            .and_then(|id| TEMPLATES.iter().position(|t| t.id == id))
    };
    for (index, t) in TEMPLATES.iter().enumerate() {
        let present = entries
            .iter()
            .any(|e| e.template_id.as_deref() == Some(t.id) || e.id == t.id);
        if present {
            continue;
        }
        if entries.len() >= limit {
            return;
        }
        let at = entries
            .iter()
            .position(|e| e.phase > t.phase || rank(e).is_some_and(|r| r > index))
            .unwrap_or(entries.len());
        entries.insert(at, not_started(t));
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn progress_counts_the_items_done_of_those_that_apply() {
        let entry = |phase, status| ChecklistEntry {
            id: String::new(),
            template_id: None,
            phase,
            title: "x".into(),
            status,
            owner: String::new(),
            due: String::new(),
            note: String::new(),
        };
        use ChecklistPhase::{Hiring, Recruiting};
        use ChecklistStatus::{Done, InProgress, NotRelevant, NotStarted};
        let entries = [
            entry(Recruiting, Done),
            entry(Recruiting, NotRelevant),
            entry(Recruiting, InProgress),
            entry(Recruiting, NotStarted),
            entry(Hiring, NotRelevant),
        ];
        let all = progress(&entries);
        assert_eq!(all.len(), 6, "every phase, in order");
        assert_eq!(all[0].phase, ChecklistPhase::BeforeAdvertising);
        let of = |phase| *all.iter().find(|p| p.phase == phase).unwrap();
        assert_eq!(
            of(Recruiting),
            PhaseProgress {
                phase: Recruiting,
                done: 1,
                relevant: 3
            }
        );
        assert_eq!(
            of(Hiring),
            PhaseProgress {
                phase: Hiring,
                done: 0,
                relevant: 0
            }
        );
    }

    use super::*;

    #[test]
    fn a_plan_without_a_newer_item_gets_it_in_its_place_and_keeps_the_rest() {
        // A plan saved before the police certificate existed, with work done and an own item.
        let mut entries: Vec<ChecklistEntry> = default_checklist()
            .into_iter()
            .filter(|e| e.id != "police-certificate")
            .collect();
        entries[0].status = ChecklistStatus::Done;
        entries[0].note = "Gjort i mars".into();
        entries.push(ChecklistEntry {
            id: "egen-1".into(),
            template_id: None,
            phase: ChecklistPhase::Hiring,
            title: "Bestill nøkkelkort".into(),
            status: ChecklistStatus::InProgress,
            owner: String::new(),
            due: String::new(),
            note: String::new(),
        });
        let before = entries.clone();
        add_missing_items(&mut entries, 200);
        assert_eq!(entries.len(), before.len() + 1);
        let at = entries
            .iter()
            .position(|e| e.id == "police-certificate")
            .expect("added");
        assert_eq!(entries[at].status, ChecklistStatus::NotStarted);
        assert_eq!(entries[at].phase, ChecklistPhase::Hiring);
        // Where the built-in list has it: just before «Bruk ordinære ansettelsesvilkår».
        assert_eq!(entries[at - 1].id, "interview");
        assert_eq!(entries[at + 1].id, "ordinary-terms");
        // Everything else as it was, in its order.
        let rest: Vec<_> = entries
            .iter()
            .filter(|e| e.id != "police-certificate")
            .cloned()
            .collect();
        assert_eq!(rest, before);
        // Once there, nothing more is added.
        let once = entries.clone();
        add_missing_items(&mut entries, 200);
        assert_eq!(entries, once);
    }

    #[test]
    fn a_full_checklist_gets_nothing_more() {
        let mut entries: Vec<ChecklistEntry> = (0..200)
            .map(|i| ChecklistEntry {
                id: format!("egen-{i}"),
                template_id: None,
                phase: ChecklistPhase::FirstYear,
                title: "x".into(),
                status: ChecklistStatus::NotStarted,
                owner: String::new(),
                due: String::new(),
                note: String::new(),
            })
            .collect();
        add_missing_items(&mut entries, 200);
        assert_eq!(entries.len(), 200);
    }

    #[test]
    fn the_police_certificate_names_its_law_in_both_languages() {
        let t = TEMPLATES
            .iter()
            .find(|t| t.id == "police-certificate")
            .unwrap();
        assert_eq!(t.phase, ChecklistPhase::Hiring);
        for why in [t.why_nb, t.why_en] {
            for paragraph in ["§ 5-4", "§ 20 a", "§ 37-2"] {
                assert!(why.contains(paragraph), "{paragraph} in {why}");
            }
        }
    }

    #[test]
    fn the_checklist_covers_every_phase_with_at_least_twenty_items() {
        assert!(TEMPLATES.len() >= 20);
        for phase in ChecklistPhase::ALL {
            assert!(TEMPLATES.iter().any(|t| t.phase == phase), "{phase:?}");
        }
        let mut ids: Vec<_> = TEMPLATES.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TEMPLATES.len(), "ids are unique");
        // In phase order.
        assert!(TEMPLATES.windows(2).all(|w| w[0].phase <= w[1].phase));
        for t in TEMPLATES {
            for text in [t.title_nb, t.why_nb, t.title_en, t.why_en] {
                assert!(!text.trim().is_empty(), "{}", t.id);
            }
        }
    }
}
