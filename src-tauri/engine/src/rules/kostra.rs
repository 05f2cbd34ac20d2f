//! The lines of a municipal budget that a plan's costs are booked on, and the codes the
//! municipal chart of accounts (KOSTRA) gives them. Domain notes: which code each line gets, and
//! why, with the sources read (stored copies, read December 2026).
//!
//! **Sources**
//! - KMD (now KDD), «Regnskapsrapporteringen i KOSTRA. Veiledning. Regnskapsåret 2020»,
//!   30 October 2019, chapter 3 «Artskontoplanen» (the ministry's yearly guide to the chart,
//!   regjeringen.no), with the art list as summed up in «Regnskapsføring og konteringsregler for
//!   Kostra» (hatoanalyse.no, brought up to date June 2018): art series 0 «Lønn» — 010 Fastlønn,
//!   020 Lønn til vikarer, 030 Lønn til ekstrahjelp, 040 Overtidslønn, 050 Annen lønn og
//!   trekkpliktige godtgjørelser, 090 Pensjonsinnskudd og trekkpliktige forsikringsordninger,
//!   099 Arbeidsgiveravgift — and 150 Opplæring, kurs.
//! - Hole kommune, «Kontoplan for regnskap og lønn» (a published municipal chart, undated copy):
//!   pension schemes, also contractual pension, go on art 090; holiday pay and the supplements
//!   tied to the post follow the pay's own art; employer's contribution on the pay arts goes on
//!   099. So the app puts holiday pay with the pay it is earned on, and all of the employer's
//!   contribution on 099.
//! - SSB, KOSTRA key figure «Andel netto driftsutgifter til tilbud til personer med
//!   rusproblemer» (ssb.no): function 243 «Tilbud til personer med rusproblemer». SSB, «Hjemmetjenestens
//!   utgifter – oppdeling i to KOSTRA-funksjoner» (ssb.no): function 254 ended 1 January 2024
//!   (now 257 and 258), so it is not offered.
//!
//! **Rules, and where no source settles a line**
//! - The function is the service the post works in. 243 is the app's suggestion for a
//!   municipality, since the posts are most often in substance-use services; mental-health work
//!   is booked on other functions in many municipalities, so the user can change it.
//! - Permanent posts' pay with holiday pay: 010. Pension: 090. Employer's contribution: 099.
//!   Training and courses: 150.
//! - A temporary post's pay: the chart has arts for substitutes (020) and extra help (030), but
//!   what was found does not settle which one a fixed-term post created by a grant belongs to,
//!   nor whether it is 010; the code is the user's.
//! - Purchased supervision, equipment, travel, networks and conferences, other costs, and the
//!   grant income: not settled by what was found; the codes are the user's.
//! - A health trust or an NGO keeps its own chart (not KOSTRA): every line keeps its name and
//!   every code is the user's.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::EnumIter;
use ts_rs::TS;

/// One line of the budget: what kind of cost (or income) it is, whatever its code.
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
pub enum BudgetLine {
    /// Permanent posts: pay for the weeks worked and holiday pay.
    FixedPay,
    /// Temporary posts (with an end month): pay for the weeks worked and holiday pay.
    TemporaryPay,
    Pension,
    /// The employer's national insurance contribution (arbeidsgiveravgift).
    EmployerContribution,
    Supervision,
    Training,
    Equipment,
    Travel,
    /// Peer networks and conferences.
    Network,
    OtherCosts,
    /// The grants: income, not cost.
    Grants,
}

impl BudgetLine {
    /// Income rather than cost.
    pub fn is_income(self) -> bool {
        self == Self::Grants
    }
}

/// The function the app suggests for a municipality: 243 «Tilbud til personer med
/// rusproblemer» (SSB).
pub const SUGGESTED_FUNCTION: &str = "243";

/// The art the KOSTRA chart gives `line`, where a source settles it; `None` leaves the code to
/// the user.
pub fn chart_art(line: BudgetLine) -> Option<&'static str> {
    match line {
        BudgetLine::FixedPay => Some("010"),
        BudgetLine::Pension => Some("090"),
        BudgetLine::EmployerContribution => Some("099"),
        BudgetLine::Training => Some("150"),
        BudgetLine::TemporaryPay
        | BudgetLine::Supervision
        | BudgetLine::Equipment
        | BudgetLine::Travel
        | BudgetLine::Network
        | BudgetLine::OtherCosts
        | BudgetLine::Grants => None,
    }
}

/// The source of the chart's codes, as the documents name it.
pub const CHART_SOURCE: &str = "KMD, «Regnskapsrapporteringen i KOSTRA. Veiledning. \
     Regnskapsåret 2020» (30.10.2019), artskontoplanen; feriepenger følger lønnens art \
     (Hole kommune, «Kontoplan for regnskap og lønn»); funksjon 243 (SSB, KOSTRA)";
pub const CHART_SOURCE_EN: &str = "Ministry of Local Government, «Regnskapsrapporteringen i \
     KOSTRA. Veiledning. Regnskapsåret 2020» (30 Oct 2019), chart of arts; holiday pay follows \
     the pay's art (Hole municipality, «Kontoplan for regnskap og lønn»); function 243 (Statistics \
     Norway, KOSTRA)";

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn the_chart_gives_only_the_codes_a_source_settles() {
        let settled: Vec<_> = BudgetLine::iter()
            .filter_map(|l| chart_art(l).map(|a| (l, a)))
            .collect();
        assert_eq!(
            settled,
            [
                (BudgetLine::FixedPay, "010"),
                (BudgetLine::Pension, "090"),
                (BudgetLine::EmployerContribution, "099"),
                (BudgetLine::Training, "150"),
            ]
        );
        assert!(BudgetLine::iter()
            .filter(|l| l.is_income())
            .eq([BudgetLine::Grants]));
    }
}
