//! erfaringsplan-cli: the cost engine without the app.
//!
//! Exit codes: 0 success; 1 the file could not be read or written (also when the output is one
//! of the inputs: nothing is written then); 2 the plan is invalid.

use std::{
    path::{Path, PathBuf},
    process::ExitCode,
};

use clap::{Parser, Subcommand, ValueEnum};
use erfaringsplan_engine::{
    compare::{stress::what_if, NamedPlan},
    example::{example_plan, largest_plan},
    export::{self, Document, DocumentInfo, Report, TextFormat},
    projection::project,
    store::atomic_file,
    store::plan_file,
    text::Locale,
    EngineError, ErrorCode, ErrorReport,
};

/// Today's date in UTC (YYYY-MM-DD): the CLI is the edge where the clock is read.
fn today() -> String {
    time::OffsetDateTime::now_utc().date().to_string()
}

#[derive(Parser)]
#[command(
    name = "erfaringsplan-cli",
    version,
    about = "Cost projections for hiring erfaringskonsulenter"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Project a plan file year by year.
    Project {
        plan: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// The table's language (its words and how numbers are written; CSV and JSON are the
        /// same in both).
        #[arg(long, value_enum, default_value_t = Language::Nb)]
        language: Language,
    },
    /// Check a plan file; prints every field error and exits with 2 if there are any.
    Validate { plan: PathBuf },
    /// Print the JSON Schema of a plan file.
    Schema,
    /// Write the hiring plan as a PDF (written to a temporary file, then renamed into place).
    Pdf(DocumentArgs),
    /// Write the plan as a live workbook (.xlsx): inputs, formulas per post and year, the year
    /// table (written to a temporary file, then renamed into place).
    Xlsx(DocumentArgs),
    /// Compare 2–4 plan files, the first as the base: key figures side by side with the
    /// differences, the net cost year by year, and what differs in the inputs.
    Compare {
        /// The base plan, then 1–3 alternatives.
        #[arg(required = true, num_args = 2..)]
        plans: Vec<PathBuf>,
        #[command(flatten)]
        output: ManyPlansOutput,
    },
    /// All the plans together, year by year: posts, full-time equivalents, cost, grants, what the
    /// organisation pays itself and its change from the year before; every grant with the years
    /// it pays in; the year that needs the most new money. A plan with errors is named and left
    /// out with its reason (its first error also on stderr as a report line).
    Portfolio {
        #[arg(required = true)]
        plans: Vec<PathBuf>,
        #[command(flatten)]
        output: ManyPlansOutput,
    },
    /// «Hva om …»: what four stress tests of a plan cost the employer more, over the period and
    /// in the worst year.
    WhatIf {
        plan: PathBuf,
        /// `table` or `json` (`csv` prints the table's rows with semicolons).
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long, value_enum, default_value_t = Language::Nb)]
        language: Language,
    },
    /// Print a complete, realistic example plan.
    Example {
        #[arg(long, default_value_t = 2027)]
        first_year: i32,
        #[arg(long, default_value_t = 10)]
        years: u32,
        /// Print the largest plan the app accepts instead (50 posts, 40 years, 5 grants, 10
        /// other costs), for measurements.
        #[arg(long, conflicts_with_all = ["first_year", "years"])]
        largest: bool,
    },
}

/// How a document of several plans (a comparison, a portfolio) is given: printed in `format`,
/// or written as a PDF or a workbook.
#[derive(clap::Args)]
struct ManyPlansOutput {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// The language of the labels and sentences.
    #[arg(long, value_enum, default_value_t = Language::Nb)]
    language: Language,
    /// Write it as a PDF here instead of printing it (written to a temporary file, then renamed
    /// into place).
    #[arg(long, conflicts_with = "xlsx")]
    pdf: Option<PathBuf>,
    /// Write it as a workbook here instead (a sheet per plan and one over them, its figures as
    /// formulas).
    #[arg(long)]
    xlsx: Option<PathBuf>,
    /// The date printed on the PDF or written in the workbook (YYYY-MM-DD); today when left out.
    #[arg(long)]
    date: Option<String>,
}

/// A plan written as a document: which plan, where, in which language, dated when.
#[derive(clap::Args)]
struct DocumentArgs {
    plan: PathBuf,
    /// Where to write the file.
    #[arg(short, long)]
    output: PathBuf,
    /// The document's language (its words and how numbers are written).
    #[arg(long, value_enum, default_value_t = Language::Nb)]
    language: Language,
    /// The date printed on it (YYYY-MM-DD); today when left out.
    #[arg(long)]
    date: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Language {
    Nb,
    En,
}

/// The formats `project` prints (the PDF has its own command, as it is written to a file).
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
    Table,
}

impl From<Format> for TextFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Json => TextFormat::Json,
            Format::Csv => TextFormat::Csv,
            Format::Table => TextFormat::Table,
        }
    }
}

impl From<Format> for export::Format {
    fn from(format: Format) -> Self {
        TextFormat::from(format).into()
    }
}

impl From<Language> for Locale {
    fn from(language: Language) -> Self {
        match language {
            Language::Nb => Locale::Nb,
            Language::En => Locale::En,
        }
    }
}

/// What the command-line tool says about the documents it writes.
fn info(locale: Locale, today: String) -> DocumentInfo {
    DocumentInfo {
        locale,
        today,
        last_changed: None,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

fn main() -> ExitCode {
    let outcome = match Args::parse().command {
        Command::Project {
            plan,
            format,
            language,
        } => project_plan(&plan, format, language.into()),
        Command::Validate { plan } => validate(&plan),
        Command::Schema => print_json(&plan_file::plan_schema()),
        Command::Pdf(args) => write_plan(args, export::Format::Pdf),
        Command::Xlsx(args) => write_plan(args, export::Format::Xlsx),
        Command::Compare { plans, output } => many_plans(&plans, output, Many::Comparison),
        Command::Portfolio { plans, output } => many_plans(&plans, output, Many::Portfolio),
        Command::WhatIf {
            plan,
            format,
            language,
        } => what_if_plan(&plan, format, language.into()),
        Command::Example {
            first_year,
            years,
            largest,
        } => print_json(&if largest {
            largest_plan()
        } else {
            example_plan(first_year, years)
        }),
    };
    outcome.unwrap_or_else(|code| code)
}

/// What a command ends with: done, or the exit code it stops with (having said why on stderr).
type Outcome = Result<ExitCode, ExitCode>;

/// `project`: the plan's projection printed in `format`.
fn project_plan(path: &Path, format: Format, locale: Locale) -> Outcome {
    let plan = read_plan(path)?;
    let projection = project(&plan).map_err(|err| invalid(&[err]))?;
    let report = Document::Plan(Report {
        plan: &plan,
        projection: &projection,
        info: &info(locale, today()),
    });
    let bytes = export::render(format.into(), &report).map_err(|err| invalid(&[err]))?;
    print!("{}", String::from_utf8_lossy(&bytes));
    Ok(ExitCode::SUCCESS)
}

/// `validate`: «Planen er gyldig.», or every field error and 2.
fn validate(path: &Path) -> Outcome {
    let errors = read_plan(path)?.validate();
    if !errors.is_empty() {
        return Err(invalid(&errors));
    }
    println!("Planen er gyldig.");
    Ok(ExitCode::SUCCESS)
}

/// The documents made of several plans.
#[derive(Clone, Copy)]
enum Many {
    /// `compare`: the plans side by side, the first as the base.
    Comparison,
    /// `portfolio`: the plans added up.
    Portfolio,
}

/// `compare` and `portfolio`: the plans' document printed in `output.format`, or written as a
/// PDF or a workbook. A portfolio names each plan it leaves out on stderr too, with the plan's
/// first field error.
fn many_plans(paths: &[PathBuf], output: ManyPlansOutput, many: Many) -> Outcome {
    let ManyPlansOutput {
        format,
        language,
        pdf,
        xlsx,
        date,
    } = output;
    let (as_workbook, file) = (xlsx.is_some(), pdf.or(xlsx));
    if let Some(file) = &file {
        let inputs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        not_an_input(file, &inputs)?;
    }
    let named = named_plans(paths)?;
    let info = info(language.into(), date.unwrap_or_else(today));
    let document = match many {
        Many::Comparison => Document::Comparison {
            plans: &named,
            info: &info,
        },
        Many::Portfolio => {
            for plan in &named {
                if let Some(err) = plan.plan.validate().first() {
                    eprintln!(
                        "{}",
                        serde_json::to_string(&ErrorReport::from(err)).unwrap_or_default()
                    );
                }
            }
            Document::Portfolio {
                plans: &named,
                info: &info,
            }
        }
    };
    let format = match file {
        Some(_) if as_workbook => export::Format::Xlsx,
        Some(_) => export::Format::Pdf,
        None => format.into(),
    };
    let bytes = export::render(format, &document).map_err(|err| invalid(&[err]))?;
    match file {
        Some(file) => write_file(&file, &bytes),
        None => {
            print!("{}", String::from_utf8_lossy(&bytes));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The plan files at `paths`, each under its own name (or its file's name when it has none).
fn named_plans(paths: &[PathBuf]) -> Result<Vec<NamedPlan>, ExitCode> {
    let mut named = Vec::with_capacity(paths.len());
    for path in paths {
        let plan = read_plan(path)?;
        let name = match plan.name.trim() {
            "" => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            name => name.to_owned(),
        };
        named.push(NamedPlan { name, plan });
    }
    Ok(named)
}

/// `what-if`: what the four stress tests cost the employer more, printed in `format`.
fn what_if_plan(path: &Path, format: Format, locale: Locale) -> Outcome {
    let plan = read_plan(path)?;
    let results = what_if(&plan, locale).map_err(|err| invalid(&[err]))?;
    print!(
        "{}",
        export::comparison::what_if(&results, format.into(), locale)
    );
    Ok(ExitCode::SUCCESS)
}

/// Pretty JSON on stdout (the schema, an example plan).
fn print_json(value: &impl serde::Serialize) -> Outcome {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

/// The plan file rendered in `format` and written where `args` say: 2 for an invalid plan
/// (nothing written), 1 when it cannot be read or written.
fn write_plan(args: DocumentArgs, format: export::Format) -> Outcome {
    not_an_input(&args.output, &[&args.plan])?;
    let plan = read_plan(&args.plan)?;
    let info = info(args.language.into(), args.date.unwrap_or_else(today));
    let bytes = export::render_plan(format, &plan, &info).map_err(|err| invalid(&[err]))?;
    write_file(&args.output, &bytes)
}

/// Refuses an output that is one of the inputs (also through another path or a link): the
/// error as a JSON line on stderr, and 1. Asked before anything is read, so nothing is written.
fn not_an_input(output: &Path, inputs: &[&Path]) -> Result<(), ExitCode> {
    if !atomic_file::is_one_of(output, inputs) {
        return Ok(());
    }
    report(&EngineError::OutputIsInput {
        path: output.display().to_string(),
    });
    Err(ExitCode::from(1))
}

/// Writes `bytes` to `output` atomically and prints where; 1 if it cannot be written.
fn write_file(output: &Path, bytes: &[u8]) -> Outcome {
    atomic_file::write(output, bytes).map_err(|err| {
        eprintln!("Kunne ikke skrive {}: {err}", output.display());
        ExitCode::from(1)
    })?;
    println!("{}", output.display());
    Ok(ExitCode::SUCCESS)
}

fn read_plan(path: &Path) -> Result<erfaringsplan_engine::model::plan::Plan, ExitCode> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("Kunne ikke lese {}: {e}", path.display());
        ExitCode::from(1)
    })?;
    let read = plan_file::read_plan_bytes(&bytes).map_err(|err| invalid(&[err]))?;
    // Fields this version does not know are left out; say so, as a report line like the errors.
    for field in &read.unknown_fields {
        let report = ErrorReport {
            code: ErrorCode::PlanUnknownField,
            field: Some(field.clone()),
            message: format!("unknown field {field} was left out"),
            params: Default::default(),
        };
        eprintln!("{}", serde_json::to_string(&report).unwrap_or_default());
    }
    Ok(read.plan)
}

/// Prints the errors to stderr as JSON lines `{code, field, message, params}` and returns 2.
fn invalid(errors: &[EngineError]) -> ExitCode {
    errors.iter().for_each(report);
    ExitCode::from(2)
}

/// One error as a JSON line `{code, field, message, params}` on stderr.
fn report(err: &EngineError) {
    eprintln!(
        "{}",
        serde_json::to_string(&ErrorReport::from(err)).unwrap_or_else(|_| err.to_string())
    );
}
