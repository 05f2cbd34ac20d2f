//! The command-line tool, run as a real process.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::{path::Path, process::Command};

use erfaringsplan_engine::{
    compare::NamedPlan,
    example::example_plan,
    export::{self, pdf::render_comparison, DocumentInfo},
    projection::project,
    text::Locale,
};

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_erfaringsplan-cli"))
        .args(args)
        .output()
        .expect("run erfaringsplan-cli")
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    // Cargo's folder for integration tests' files, inside the target folder.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn example_then_project_json_matches_the_library() {
    let out = cli(&["example"]);
    assert!(out.status.success());
    let path = temp_file("example.json", std::str::from_utf8(&out.stdout).unwrap());
    let out = cli(&["project", path.to_str().unwrap(), "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected = serde_json::to_value(project(&example_plan(2027, 10)).unwrap()).unwrap();
    assert_eq!(printed, expected);
    // Money is printed as strings, never as JSON numbers.
    assert!(printed["totals"]["netCost"].is_string());
    // The largest plan, for measurements: the library's, and valid.
    let out = cli(&["example", "--largest"]);
    let largest: erfaringsplan_engine::model::plan::Plan =
        serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(largest, erfaringsplan_engine::example::largest_plan());
    assert!(largest.validate().is_empty());
}

#[test]
fn csv_lines_add_up_to_the_totals() {
    let text = serde_json::to_string(&example_plan(2027, 3)).unwrap();
    let path = temp_file("three-years.json", &text);
    let out = cli(&["project", path.to_str().unwrap(), "--format", "csv"]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let amount = |line: &str| -> rust_decimal::Decimal {
        line.rsplit(';')
            .next()
            .unwrap()
            .replace(',', ".")
            .parse()
            .unwrap()
    };
    for year in 2027..=2029 {
        let rows: Vec<&str> = csv
            .lines()
            .filter(|l| l.starts_with(&format!("{year};")))
            .collect();
        let payroll: rust_decimal::Decimal = rows
            .iter()
            .filter(|l| {
                l.contains(";stilling;")
                    && l.ends_with(&format!(";lønnskostnad;{}", l.rsplit(';').next().unwrap()))
            })
            .map(|l| amount(l))
            .sum();
        let total_payroll = rows
            .iter()
            .find(|l| l.contains(";sum;;;lønnskostnad;"))
            .map(|l| amount(l))
            .unwrap();
        assert_eq!(payroll, total_payroll, "{year}");
        let costs: rust_decimal::Decimal = rows
            .iter()
            .filter(|l| l.contains(";kostnad;"))
            .map(|l| amount(l))
            .sum();
        let total_costs = rows
            .iter()
            .find(|l| l.contains(";andre kostnader;"))
            .map(|l| amount(l))
            .unwrap();
        assert_eq!(costs, total_costs, "{year}");
    }
}

#[test]
fn table_shows_every_year_and_the_totals() {
    let path = temp_file(
        "table.json",
        &serde_json::to_string(&example_plan(2027, 10)).unwrap(),
    );
    let out = cli(&["project", path.to_str().unwrap()]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    let pr = project(&example_plan(2027, 10)).unwrap();
    assert!(table.contains("Sum"));
    assert!(table.contains(&erfaringsplan_engine::format::nok(pr.totals.net_cost.get())));
    assert!(table.contains("Finansieringsstup: 2028"));
    for year in 2027..=2036 {
        assert!(
            table.lines().any(|l| l.starts_with(&year.to_string())),
            "{year}"
        );
    }

    // In English: the PDF's own column names, English numbers, no Norwegian left.
    let out = cli(&["project", path.to_str().unwrap(), "--language", "en"]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    let header = table.lines().nth(3).unwrap();
    let columns: Vec<&str> = header
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        columns,
        [
            "Year",
            "Payroll cost",
            "Other costs",
            "Total cost",
            "Grants",
            "Employer's net cost",
            "Net cost to date"
        ]
    );
    let net = erfaringsplan_engine::text::amount(
        erfaringsplan_engine::text::Locale::En,
        pr.totals.net_cost.get(),
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("Total") && l.ends_with(&net)),
        "{table}"
    );
    assert!(table.contains("Funding cliff: 2028"));
    for norwegian in [
        "Sum",
        "Budsjettår",
        "Finansieringsstup",
        "Advarsel",
        "kroner",
    ] {
        assert!(!table.contains(norwegian), "{norwegian} in\n{table}");
    }
}

#[test]
fn validate_reports_field_errors_with_exit_code_2() {
    let mut plan = serde_json::to_value(example_plan(2027, 10)).unwrap();
    plan["positions"][0]["ftePercent"] = "140".into();
    plan["horizonYears"] = 41.into();
    let path = temp_file("bad.json", &plan.to_string());
    let out = cli(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let reports: Vec<serde_json::Value> = String::from_utf8(out.stderr)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let fields: Vec<&str> = reports
        .iter()
        .map(|r| r["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["horizonYears", "positions[0].ftePercent"]);
    assert_eq!(reports[1]["code"], "field.out_of_range");

    let good = temp_file(
        "good.json",
        &serde_json::to_string(&example_plan(2027, 10)).unwrap(),
    );
    assert!(cli(&["validate", good.to_str().unwrap()]).status.success());
}

#[test]
fn unreadable_and_malformed_files_are_reported() {
    let out = cli(&["project", "/nonexistent/plan.json"]);
    assert_eq!(out.status.code(), Some(1));
    let path = temp_file("broken.json", r#"{"name": 5}"#);
    let out = cli(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(
        (report["code"].as_str(), report["field"].as_str()),
        (Some("plan.invalid_file"), Some("name"))
    );
}

#[test]
fn unknown_fields_are_reported_and_left_out() {
    let mut plan = serde_json::to_value(example_plan(2027, 3)).unwrap();
    plan["positions"][0]["nickname"] = "Ola".into();
    let path = temp_file("unknown.json", &plan.to_string());
    let out = cli(&["validate", path.to_str().unwrap()]);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(
        (report["code"].as_str(), report["field"].as_str()),
        (Some("plan.unknown_field"), Some("positions[0].nickname"))
    );
}

#[test]
fn schema_is_the_committed_one() {
    let out = cli(&["schema"]);
    assert!(out.status.success());
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let committed: serde_json::Value =
        serde_json::from_str(include_str!("../schema/plan.schema.json")).unwrap();
    // Not assert_eq!: a failure should print the fix, not two copies of the schema.
    assert!(
        printed == committed,
        "schema/plan.schema.json is stale; regenerate it with `cargo run -p erfaringsplan-engine \
         --bin erfaringsplan-cli -- schema > src-tauri/engine/schema/plan.schema.json`"
    );
}

#[test]
fn pdf_writes_the_plan_and_refuses_bad_plans_and_paths() {
    let plan = serde_json::to_string(&example_plan(2027, 10)).unwrap();
    let path = temp_file("for-pdf.json", &plan);
    let dir = path.parent().unwrap().to_path_buf();
    let target = dir.join("ansettelsesplan.pdf");
    let out = cli(&[
        "pdf",
        path.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
        "--date",
        "2026-11-24",
        "--language",
        "en",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));

    // An invalid plan: exit 2, a field error, and no file.
    let mut bad = example_plan(2027, 10);
    bad.horizon_years = 0;
    let bad_path = temp_file("bad-for-pdf.json", &serde_json::to_string(&bad).unwrap());
    let bad_target = dir.join("never.pdf");
    let out = cli(&[
        "pdf",
        bad_path.to_str().unwrap(),
        "-o",
        bad_target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"field\":\"horizonYears\""));
    assert!(!bad_target.exists());

    // A folder that does not exist: exit 1, nothing left behind.
    let missing = dir.join("no-such-folder").join("plan.pdf");
    let out = cli(&[
        "pdf",
        path.to_str().unwrap(),
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.join("no-such-folder").exists());
}

#[test]
fn xlsx_writes_the_library_workbook_and_refuses_bad_plans_and_paths() {
    let plan = example_plan(2027, 10);
    let path = temp_file("for-xlsx.json", &serde_json::to_string(&plan).unwrap());
    let dir = path.parent().unwrap().to_path_buf();
    for (language, locale) in [("nb", Locale::Nb), ("en", Locale::En)] {
        let target = dir.join(format!("plan-{language}.xlsx"));
        let out = cli(&[
            "xlsx",
            path.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
            "--date",
            "2026-12-03",
            "--language",
            language,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The same bytes the library writes for that plan, day and language.
        let info = DocumentInfo {
            locale,
            today: "2026-12-03".into(),
            last_changed: None,
            app_version: env!("CARGO_PKG_VERSION").into(),
        };
        let expected = export::render_plan(export::Format::Xlsx, &plan, &info).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), expected);
    }

    // An invalid plan: exit 2, the field, and no file.
    let mut bad = example_plan(2027, 10);
    bad.positions[0].annual_salary = rust_decimal::Decimal::from(-1).into();
    let bad_path = temp_file("bad-for-xlsx.json", &serde_json::to_string(&bad).unwrap());
    let bad_target = dir.join("never.xlsx");
    let out = cli(&[
        "xlsx",
        bad_path.to_str().unwrap(),
        "-o",
        bad_target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("positions[0].annualSalary"));
    assert!(!bad_target.exists());

    // A folder that does not exist: exit 1, nothing left behind.
    let missing = dir.join("no-such-folder-xlsx").join("plan.xlsx");
    let out = cli(&[
        "xlsx",
        path.to_str().unwrap(),
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Kunne ikke skrive"));
    assert!(!dir.join("no-such-folder-xlsx").exists());
}

#[test]
fn compare_prints_the_differences_of_the_projections_in_every_format() {
    let base = example_plan(2027, 10);
    let mut alternative = base.clone();
    alternative.name = "Bydel Nord – alternativ B".into();
    alternative.positions[0].fte_percent = 50.into();
    let a = temp_file("compare-base.json", &serde_json::to_string(&base).unwrap());
    let b = temp_file(
        "compare-alternative.json",
        &serde_json::to_string(&alternative).unwrap(),
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let out = cli(&["compare", a, b, "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (pa, pb) = (project(&base).unwrap(), project(&alternative).unwrap());
    let net = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "netCost")
        .unwrap();
    assert_eq!(net["values"][0], pa.totals.net_cost.get().to_string());
    assert_eq!(net["values"][1], pb.totals.net_cost.get().to_string());
    let difference = (pb.totals.net_cost.get() - pa.totals.net_cost.get()).to_string();
    assert_eq!(net["differences"][1]["amount"], difference);
    assert_eq!(
        json["changes"][1][0],
        "Stilling 1 (Erfaringskonsulent, oppsøkende team): stillingsprosent 50 % (grunnlaget: 100 %)."
    );

    // The table and the CSV say the same in their own ways.
    let out = cli(&["compare", a, b]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.starts_with("Sammenligning av alternativer"),
        "{table}"
    );
    assert!(table.contains("Hva er forskjellig"));
    let out = cli(&["compare", a, b, "--format", "csv", "--language", "en"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    let row = csv
        .lines()
        .find(|l| l.starts_with("Net cost for the employer;"))
        .unwrap();
    let cells: Vec<&str> = row.split(';').collect();
    assert_eq!(cells[3], difference.replace('.', ","));

    // One plan, five plans, or a broken plan: a typed error and exit code 2 (clap's own for one).
    assert!(!cli(&["compare", a]).status.success());
    let five = cli(&["compare", a, b, a, b, a]);
    assert_eq!(five.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&five.stderr).contains("\"code\":\"compare.count\""));
    let mut broken = serde_json::to_value(&alternative).unwrap();
    broken["positions"][1]["ftePercent"] = "0".into();
    let c = temp_file("compare-broken.json", &broken.to_string());
    let out = cli(&["compare", a, c.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(report["code"], "compare.plan_invalid");
    assert_eq!(report["field"], "positions[1].ftePercent");
    assert_eq!(report["params"]["plan"], "2");
    assert_eq!(report["params"]["name"], "Bydel Nord – alternativ B");

    // --pdf writes the comparison document (the same bytes the library renders for that day)
    // and prints where; a broken plan writes nothing.
    let pdf = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join("comparison.pdf");
    let _ = std::fs::remove_file(&pdf);
    let out = cli(&[
        "compare",
        a,
        b,
        "--pdf",
        pdf.to_str().unwrap(),
        "--date",
        "2026-12-02",
        "--language",
        "en",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        pdf.to_str().unwrap()
    );
    let named = [base, alternative].map(|plan| NamedPlan {
        name: plan.name.clone(),
        plan,
    });
    let expected = render_comparison(
        &named,
        &DocumentInfo {
            locale: Locale::En,
            today: "2026-12-02".into(),
            last_changed: None,
            app_version: env!("CARGO_PKG_VERSION").into(),
        },
    )
    .unwrap();
    assert_eq!(std::fs::read(&pdf).unwrap(), expected);
    let broken_pdf = pdf.with_file_name("broken.pdf");
    let out = cli(&[
        "compare",
        a,
        c.to_str().unwrap(),
        "--pdf",
        broken_pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!broken_pdf.exists());
}

/// Every command that writes a file refuses to write over one of the files it reads — the same
/// path, another spelling of it, a symbolic link or a hard link — with a typed error, exit 1, and
/// the input as it was.
#[test]
fn a_command_never_writes_over_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let text = serde_json::to_string_pretty(&example_plan(2027, 3)).unwrap();
    std::fs::write(&plan, &text).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let other_spelling = dir.path().join("sub/../plan.json");
    let hard = dir.path().join("hard.json");
    std::fs::hard_link(&plan, &hard).unwrap();
    let mut outputs = vec![plan.clone(), other_spelling, hard];
    #[cfg(unix)]
    {
        let soft = dir.path().join("soft.json");
        std::os::unix::fs::symlink(&plan, &soft).unwrap();
        outputs.push(soft);
    }
    let p = plan.to_str().unwrap();
    for output in &outputs {
        let o = output.to_str().unwrap();
        let base = dir.path().join("base.json");
        std::fs::write(&base, &text).unwrap();
        let b = base.to_str().unwrap();
        for args in [
            vec!["xlsx", p, "-o", o],
            vec!["pdf", p, "--output", o],
            vec!["compare", b, p, "--pdf", o],
            vec!["compare", p, b, "--xlsx", o],
        ] {
            let out = cli(&args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let report: erfaringsplan_engine::ErrorReport =
                serde_json::from_slice(out.stderr.trim_ascii()).unwrap();
            assert_eq!(report.code, "output.is_input", "{args:?}");
            assert_eq!(report.params["path"], o);
            assert!(out.stdout.is_empty(), "{args:?}");
            assert_eq!(std::fs::read_to_string(&plan).unwrap(), text, "{args:?}");
        }
    }
    // Only the folder's own files are there: no temporary file was left either.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected = vec!["base.json", "hard.json", "plan.json", "sub"];
    if cfg!(unix) {
        expected.push("soft.json");
    }
    expected.sort_unstable();
    assert_eq!(names, expected);
    // A new file beside it is written as before.
    let fresh = dir.path().join("plan.xlsx");
    let out = cli(&["xlsx", p, "-o", fresh.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(std::fs::read(&fresh).unwrap().starts_with(b"PK"));
}

#[test]
fn portfolio_adds_the_plans_up_and_names_the_one_it_leaves_out() {
    use erfaringsplan_engine::{compare::NamedPlan, portfolio::portfolio, text::Locale};
    let nord = example_plan(2027, 10);
    let mut later = example_plan(2029, 4);
    later.name = "Bydel Øst".into();
    let mut bad = example_plan(2027, 10);
    bad.name = "Bydel Vest".into();
    bad.horizon_years = 0;
    let paths: Vec<_> = [("nord", &nord), ("ost", &later), ("vest", &bad)]
        .iter()
        .map(|(file, plan)| {
            temp_file(
                &format!("portfolio-{file}.json"),
                &serde_json::to_string(plan).unwrap(),
            )
        })
        .collect();
    let args = |format: &str| {
        let mut args = vec!["portfolio".to_owned()];
        args.extend(paths.iter().map(|p| p.display().to_string()));
        args.extend(["--format".into(), format.into()]);
        args
    };
    let run = |format: &str| {
        let args = args(format);
        cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };

    // JSON is the library's portfolio of the same plans.
    let out = run("json");
    assert!(out.status.success());
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let named = [nord, later, bad].map(|plan| NamedPlan {
        name: plan.name.clone(),
        plan,
    });
    let expected = portfolio(&named, Locale::Nb).unwrap();
    assert_eq!(printed, serde_json::to_value(&expected).unwrap());
    assert_eq!((expected.first_year, expected.last_year), (2027, 2036));
    assert_eq!(expected.plans.len(), 2);
    // The plan left out is said on stderr too, as a report line.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("\"field.out_of_range\""), "{stderr}");
    assert!(stderr.contains("\"horizonYears\""), "{stderr}");

    // The table names it, adds the years up and says the largest step.
    let table = String::from_utf8(run("table").stdout).unwrap();
    assert!(table.contains("Ikke regnet med:\n  Bydel Vest (field.out_of_range horizonYears)"));
    let net = erfaringsplan_engine::text::amount(Locale::Nb, expected.totals.net_cost.get());
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("Sum") && l.ends_with(&net)),
        "{table}"
    );
    assert!(table.contains(&expected.notes[0]));
    assert!(expected.notes[0].starts_with("I 20"));

    // The CSV has a column per plan counted, empty outside its years.
    let csv = String::from_utf8(run("csv").stdout).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with("Erfaringskonsulenter i Bydel Nord 2027;Bydel Øst"),
        "{header}"
    );
    let y2027 = csv.lines().find(|l| l.starts_with("2027;")).unwrap();
    assert!(y2027.ends_with(';'), "Bydel Øst has no 2027: {y2027}");
}
