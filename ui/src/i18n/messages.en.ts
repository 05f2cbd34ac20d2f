/** Every text the UI shows, in English: the same keys as the bokmål catalogue in `messages.ts`. */
import type { Catalogue } from "./messages";

export const en: Catalogue = {
  "app.title": "Erfaringsplan",
  "app.tagline": "Plan the hiring of peer support workers – with costs year by year",
  "app.skipToContent": "Skip to main content",
  "app.version": "Version {version}",
  "about.heading": "About Erfaringsplan",
  "about.version": "Erfaringsplan {version}, plan format {schema}.",
  "about.dataFolder": "The plans and settings are kept in",
  "about.backup":
    "To back up the plans or move them to another PC, close Erfaringsplan and copy the folder (or just plans.json) to the same place on the other PC.",
  "about.openFolder": "Open the folder",
  "about.licences": "Licences:",
  "app.loadFailed": "Your plans could not be read.",
  "app.saveFailed": "The change could not be saved.",
  "save.saved": "All changes saved",
  "save.savedWithError": "Everything you typed is saved – 1 field has an error to fix",
  "save.savedWithErrors": "Everything you typed is saved – {count} fields have errors to fix",
  "save.pending": "Unsaved changes …",
  "save.saving": "Saving …",
  "save.failed": "Not saved",

  "unit.kr": "NOK",
  "lang.label": "Language",
  "lang.nb": "Norsk",
  "lang.en": "English",

  "planList.heading": "My plans",
  "planList.intro":
    "Your hiring plans live here. A plan walks through checklist, role, salary, grants and supervision, and shows what the post costs each year – also when the grant is phased out.",
  "planList.tryExample": "Try an example",
  "planList.tryExampleHelp":
    "Want to see what Erfaringsplan makes before you start? The example is a city district hiring two peer support workers with a grant that steps down over four years. It opens at its summary, and you can change anything in it.",
  "planList.exampleTag": "Example",
  "planList.copyHelp":
    "“Make an alternative” makes a variant of a plan that is placed under it and can be compared with it – two half posts instead of one full, say. “Duplicate” makes a new plan of its own.",
  "planList.compareHint":
    "With two or more plans you can tick them and compare their costs. Make an alternative to try another solution.",
  "wizard.example":
    "This is an example: a city district hiring two peer support workers, with a grant that steps down over four years. Look around, change what you like, or give the plan a new name – then it is yours. You can delete it from “My plans”.",
  "planList.new": "New plan",
  "planList.continue": "Continue with “{name}”",
  "planList.lastOpened": "Opened last",
  "planList.empty":
    "You have no plans yet. Press “New plan” to start, or look at the example first.",
  "planList.loading": "Loading your plans …",
  "app.loadingView": "Opening …",
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
  "field.horizonYears.description": "From {min} to {max} years.",
  "field.notANumber": "“{label}” must be a whole number, for example {example}.",

  "errors.heading": "Before you continue, please correct this:",
  "error.field.required": "Fill in “{label}”.",
  "error.field.too_long": "“{label}” can have at most {max} characters.",
  "error.field.control_character":
    "“{label}” contains a control character that does not show ({char}). Remove it with “Remove hidden characters” below the field.",
  "error.field.tab":
    "“{label}” contains a tab. Use a space instead, or press “Remove hidden characters” below the field.",
  "error.field.line_break":
    "“{label}” cannot hold line breaks. Write the text on one line, or press “Remove hidden characters” below the field.",
  "error.field.direction_character":
    "“{label}” contains a hidden writing-direction character ({char}) that can make the text show as something other than it is. Remove it with “Remove hidden characters” below the field.",
  "error.field.invisible_character":
    "“{label}” contains an invisible character ({char}), often from text copied from the web or a document. Remove it with “Remove hidden characters” below the field.",
  "field.removeHidden": "Remove hidden characters",
  "paste.cleaned.one":
    "The text you pasted had one hidden character (such as a tab, a line break or an invisible character). It has been removed.",
  "paste.cleaned.many":
    "The text you pasted had {count} hidden characters (such as tabs, line breaks or invisible characters). They have been removed.",
  "error.field.out_of_range": "“{label}” must be from {min} to {max}.",
  "error.field.invalid_date": "“{label}” is not a valid date.",
  "error.aga.year_unsupported":
    "There are no employer contribution rates for {year}. The first rates apply to {earliest}.",
  "error.internal.rate_table":
    "The rate table inside the program is damaged. Reinstall the program.",
  "error.field.negative": "“{label}” cannot be negative.",
  "error.field.zero": "“{label}” must be more than 0.",
  "field.notWhole": "“{label}” must be a whole number, without decimals.",
  "error.field.too_large": "“{label}” can be at most {max}.",
  "error.field.below_minimum": "“{label}” must be at least {min}.",
  "error.field.too_precise": "“{label}” can have at most {decimals} decimals.",
  "error.field.end_before_start": "“{label}” cannot come before the start.",
  "error.field.too_many": "“{label}” can have at most {max} entries.",
  "error.field.outside_horizon": "“{label}” lies outside the years the plan covers.",
  "error.field.unknown_position": "“{label}” refers to a position that does not exist.",
  "error.field.duplicate_id": "“{label}” is used twice.",
  "error.field.invalid_code": "Use digits and letters only, such as 010 or 10100.",
  "error.plan.invalid_file": "The plan has an error in “{label}” and cannot be read.",
  "error.plan.invalid_file_whole":
    "The file is not a plan from Erfaringsplan (fields every plan has are missing).",
  "error.plan.file_too_large": "The file is too large. A plan file can be at most {maxMb} MB.",
  "error.plan.not_json":
    "The file is not a plan file from Erfaringsplan. It cannot be read as JSON (line {line}, character {column}).",
  "error.plan.newer_version":
    "The plan was made in a newer version of Erfaringsplan (file format {version}). Update the app to import it.",
  "error.import.not_found": "The file was not found. It may have been moved or deleted.",
  "error.import.permission_denied": "You do not have access to read this file.",
  "error.import.read_failed": "The file could not be read. Try again, or choose another file.",
  "error.import.not_a_file": "Choose a file, not a folder or a device.",
  "error.import.not_local": "Choose a file that is on this computer.",
  "error.internal.overflow":
    "The numbers grew too large to compute. Check amounts and percentages.",
  "error.unknown": "Something went wrong ({code}).",
  "error.store.no_folder":
    "Erfaringsplan could not find the folder where the plans are kept, nor make it. Check that you can save files on this computer, or contact IT support.",
  "error.store.load_failed":
    "The file with the plans has not been changed. Close Erfaringsplan and open it again. If it happens again, contact IT support.",
  "error.store.save_permission_denied":
    "Erfaringsplan is not allowed to save in the folder where the plans are kept. What was saved last is still there. Contact IT support.",
  "error.store.save_failed":
    "The disk may be full. What was saved last is still there, and Erfaringsplan tries again at your next change.",
  "error.plan.unknown_field": "“{label}” is unknown to this version and was left out.",
  "error.output.is_input":
    "The file you want to write to is one of the files being read. Choose another name. Nothing was written.",
  "error.store.read_only":
    "The plans come from a newer version of Erfaringsplan, so changes are not saved here.",
  "error.store.open_elsewhere":
    "The plans are open in another Erfaringsplan window, so changes are not saved here.",
  "store.openElsewhere":
    "Erfaringsplan is already open with the same plans in another window. You can look at the plans here, but changes are not saved, so you do not overwrite what you do in the other window. Carry on there, or close both windows and open Erfaringsplan again.",
  "store.newer":
    "The plans were saved by a newer version of Erfaringsplan (file format {version}). You can look at them here, but changes are not saved, so the file is not damaged. Update Erfaringsplan to change the plans.",
  "store.recovered.whole":
    "The file with the plans was damaged and could not be read. It has been moved to {path}, so nothing is deleted.",
  "store.recovered.some":
    "{count} plan(s) could not be read because the file was damaged. The damaged file has been moved to {path}; the other plans are here as before.",
  "store.recovered.backup":
    "{count} plan(s) were taken from the previous saved version of the file.",
  "error.internal.task": "Something stopped unexpectedly. Please try again.",
  "error.pdf.render": "The PDF could not be made. Try again, or report the problem.",
  "error.xlsx.render": "The spreadsheet could not be made. Try again, or report the problem.",
  "error.export.folder_missing":
    "The folder you chose no longer exists. Choose another place and try again.",
  "error.export.permission_denied":
    "The file could not be saved there: you may not save in that folder, or the file is open in another program (Excel, for example). Close it or choose another place, and try again. No file was overwritten.",
  "error.export.in_use":
    "The file cannot be replaced because it is in use, open in Excel for example. Close it or choose another name, and try again. Nothing was saved.",
  "error.export.read_only":
    "The file is read-only, so it cannot be replaced. Choose another name, or clear “Read-only” in the file's Properties, and try again. Nothing was saved.",
  "error.export.blocked_folder":
    "Windows did not let Erfaringsplan make a file in this folder. If “Controlled folder access” is on (under “Ransomware protection” in Windows Security), allow Erfaringsplan there; otherwise choose another folder. Nothing was saved.",
  "error.export.write_failed":
    "The file could not be saved, perhaps because the disk is full. No file was overwritten.",
  "error.export.app_file":
    "That file is Erfaringsplan's own file with your plans, and an export cannot replace it. Choose another name or folder.",
  "error.export.not_a_file": "Choose a folder on this computer.",
  "error.export.open_failed":
    "The file is saved but could not be opened here. Open it from the folder you saved it in.",
  "error.export.nothing_to_open": "Make the file first, then you can open it.",

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
  "chart.summary": "From {first} to {last} grants cover {grants}, and the employer pays {net}.",
  "chart.heading": "Grants and employer's cost per year",
  "planList.copyName": "Copy of {name}",
  "planList.copied": "This is a new copy of “{name}”. Changes here do not change the original.",
  "planList.deleted": "The plan “{name}” is deleted.",
  "planList.undoDelete": "Undo",
  "planList.newName": "New name",
  "planList.saveName": "Save the name",
  "planList.cancel": "Cancel",
  "planList.rename": "Rename",
  "planList.renameLabel": "Rename “{name}”",
  "planList.duplicate": "Duplicate",
  "planList.makeAlternative": "Make an alternative",
  "planList.makeAlternativeLabel": "Make an alternative to “{name}”",
  "planList.alternativeOf": "Alternative to “{name}”",
  "planList.alternativesOf": "Alternatives to “{name}”",
  "planList.select": "Choose to compare",
  "planList.selectNamed": ": “{name}”",
  "planList.compareChosen": "Compare chosen ({count})",
  "planList.compareHelp":
    "Tick 2–4 plans and press “Compare chosen”. The first one you tick is the base the others are compared with.",
  "planList.compareTooMany": "You can compare at most {max} plans at a time.",
  "planList.compareAlternatives": "Compare with the alternatives",
  "planList.compareAlternativesLabel": "Compare with the alternatives: “{name}”",

  "wizard.versions": "Versions ({count})",
  "planList.versionsLabel": "Versions ({count}): “{name}”",
  "versions.heading": "Versions of “{name}”",
  "versions.intro":
    "A version is a locked copy of the plan as it is now, under a name you choose – what you sent to the budget meeting, say. Later you can see what has changed since, or set the plan back to the version.",
  "versions.label": "Name of the version",
  "versions.labelHelp": "For example “Sent to the budget meeting 12 March”.",
  "versions.labelRequired": "Write a name for the version.",
  "versions.labelTooLong": "The name can be at most {max} characters.",
  "versions.save": "Save version",
  "versions.full":
    "The plan has {max} versions, the most it can keep. Delete an older version to save a new one.",
  "versions.saved": "Saved versions ({count})",
  "versions.none": "No versions are saved yet.",
  "versions.savedAt": "Saved {when}",
  "versions.view": "View",
  "versions.hide": "Hide",
  "versions.viewLabel": "View the version “{label}”",
  "versions.compare": "Compare with the plan now",
  "versions.compareLabel": "Compare with the plan now: the version “{label}”",
  "versions.restore": "Set the plan back to this",
  "versions.restoreLabel": "Set the plan back to this: the version “{label}”",
  "versions.deleteLabel": "Delete the version “{label}”",
  "versions.savedNotice": "The version “{label}” is saved.",
  "versions.restoredNotice":
    "The plan is set back to the version “{label}”. The plan's name is kept.",
  "versions.undoneNotice": "The plan is as it was before you set it back to the version “{label}”.",
  "versions.deletedNotice": "The version “{label}” is deleted. Undo with Ctrl+Z.",
  "versions.viewHeading": "The version “{label}” ({date})",
  "versions.readOnly":
    "The plan as it was when the version was saved. It cannot be changed; set the plan back to it to work on from there.",

  "whatIf.intro":
    "What the employer pays on top if something goes differently than planned. Each row is the plan computed again with one change. To look closer at one, keep it as an alternative and compare.",
  "whatIf.keep": "Keep as an alternative",
  "whatIf.makeAlternative": "Make an alternative",
  "whatIf.makeAlternativeLabel": "Make an alternative where {scenario}",

  "portfolio.exportPdf": "Export PDF",
  "portfolio.exportPdf.heading": "PDF for the budget meeting",
  "portfolio.exportPdf.hint":
    "All the plans together on landscape A4: the years, the grants and the year you must find the most money yourselves.",
  "portfolio.exportXlsx": "Download spreadsheet",
  "portfolio.exportXlsx.heading": "Spreadsheet of all the plans",
  "portfolio.exportXlsx.hint":
    "A sheet per plan and one that adds them up year by year with formulas, for the budget.",
  "portfolio.open": "See all the plans together",
  "portfolio.openHelp":
    "For the budget: what all the posts cost together year by year, how much the grants cover, and when you must find more money yourselves.",
  "portfolio.intro":
    "Each plan is worked out on its own, as it stands, and added up here year by year. The employer's net cost is what you pay yourselves after grants.",
  "portfolio.choose": "Plans to include",
  "portfolio.chooseHelp":
    "Alternatives and examples are left out at first: an alternative is another way to make the same hire, not one more.",
  "portfolio.none": "Choose at least one plan to see the figures.",
  "portfolio.loading": "Working it out …",
  "portfolio.leftOutPlan": "“{name}” is not counted: {reason}",
  "portfolio.noGrants": "None of the plans has grants.",
  "portfolio.grantOf": "{grant} ({plan}): {total} in all",
  "compare.intro":
    "Each plan's figures are computed on their own. A difference is the alternative minus the base, in kroner and as a percentage of the base.",
  "compare.base": "Base (the others are compared with this one)",
  "compare.baseColumn": "{name} (base)",
  "compare.differenceFrom": "Difference from “{name}”",
  "compare.loading": "Computing the comparison …",
  "compare.figures": "Key figures",
  "compare.yearsCaption": "The figures for each year",
  "compare.changesOf": "“{name}” compared with “{base}”",
  "compare.chartNote":
    "The chart shows the same as the table below: the employer's cost each year, one line per plan.",
  "compare.differentYears":
    "The plans cover different years ({years}). A plan counts as zero kroner in a year it does not cover (shown as –), and the totals are each plan's own years.",
  "compare.planInvalid": "“{name}” cannot be compared yet: {cause}",
  "compare.openToFix": "Open “{name}” and fix it",
  "compare.versionName": "{name} – version “{label}”",
  "compare.exportPdf": "Export the comparison as a PDF",
  "compare.exportPdf.heading": "The comparison as a PDF",
  "compare.exportPdf.hint":
    "The key figures, the chart, the figures year by year and what differs, on landscape A4 pages for the budget meeting.",
  "compare.exportXlsx": "Download the comparison as a spreadsheet",
  "compare.exportXlsx.heading": "The comparison as a spreadsheet",
  "compare.exportXlsx.hint":
    "An Excel workbook with a sheet per plan and a sheet with the key figures and the differences year by year as formulas.",
  "error.compare.count": "Choose from {min} to {max} plans to compare (now {count}).",
  "planList.duplicateLabel": "Duplicate “{name}”",
  "planList.delete": "Delete",
  "planList.deleteLabel": "Delete “{name}”",
  "planList.import": "Import a plan from a file",
  "planList.importing": "Importing the plan …",
  "planList.imported": "The plan “{name}” is imported and is last in the list.",
  "planList.importUnknown":
    "The file had {count} fields this version of Erfaringsplan does not know. They were left out:",
  "planList.importProblems":
    "Some values must be fixed before the costs can be computed. You find them in the wizard:",
  "planList.exportFile": "Save as file",
  "planList.andMore": "… and {count} more",
  "planList.exportFileLabel": "Save “{name}” as a file",
  "planList.exportedFile": "The plan “{name}” is saved in {path}.",
  "planList.fileHelp":
    "“Save as file” gives you a copy of the plan to keep or to give to a colleague. “Import a plan from a file” puts such a copy into the list.",
  "intro.heading": "How to make a hiring plan",
  "intro.lead":
    "The wizard takes you through seven steps, one for each point below. You can move back and forth at any time, and everything is saved as you type.",
  "intro.covers": "What we go through",
  "intro.covers.organisation": "Who is hiring, and which employer contribution zone applies.",
  "intro.covers.role": "What the peer support worker will do, and how many posts.",
  "intro.covers.checklist": "What to do from the advertisement until the grant ends.",
  "intro.covers.salary": "Salary, holiday pay and pension.",
  "intro.covers.grants": "The grants, how they step down, and who pays afterwards.",
  "intro.covers.supervision": "Supervision, networks and training, with costs year by year.",
  "intro.covers.summary":
    "All the figures together, and a hiring plan to take to the budget meeting.",
  "intro.atHand": "Useful to have at hand",
  "intro.atHand.1": "Your employer contribution zone (the payroll office knows it).",
  "intro.atHand.2": "The pension rate from your pension provider.",
  "intro.atHand.3": "The grant letter or the rules of the grant you apply for.",
  "intro.atHand.4": "What supervision costs for you, or a quote from a supervisor.",
  "intro.time": "Filling in everything takes 20–30 minutes. You can pause and continue later.",
  "intro.start": "Start",
  "wizard.undo": "Undo",
  "wizard.redo": "Redo",
  "wizard.stepIncomplete": "Incomplete",
  "positionCost.caption": "What the post costs in {year}",
  "positionCost.captionPart": "What the post costs in {year} ({months} months)",
  "positionCost.worked": "Salary for time worked",
  "positionCost.holidayPay": "Holiday pay",
  "positionCost.waiting": "The post's cost shows once {fields}.",
  "checklist.progress": "{done} of {total} done",
  "checklist.status": "Status: {item}",
  "checklist.details": "Owner, due date and note",
  "checklist.detailsFilled": "Owner, due date and note (filled in)",
  "checklist.owner": "Owner",
  "checklist.due": "Due date",
  "checklist.note": "Note",
  "checklist.ownTitle": "Own item",
  "checklist.remove": "Remove “{item}”",
  "checklist.addOwn.label": "New item under “{phase}”",
  "checklist.addOwn": "Add item",
  "field.checklist.title": "Own item",
  "field.checklist.owner": "Owner",
  "field.checklist.due": "Due date",
  "field.checklist.note": "Note",
  "field.inChecklist": "{label} (checklist, item {n})",
  "wizard.stepHasErrors": "Errors",
  "field.required.number": "Enter “{label}”.",
  "field.notANumber.decimal": "“{label}” must be a number, for example 12.5.",
  "field.notANumber.amount": "“{label}” must be an amount in kroner, for example 460,000.",
  "field.tooManyDecimals": "“{label}” can have at most two decimals (øre), for example 450,000.50.",
  "field.lookalike": "“{label}” has a letter where a digit should be. Did you mean {suggestion}?",
  "field.readAs": "Read as {value}",
  "field.orgName": "Organisation or unit",
  "field.orgName.description": "The name to print on the hiring plan.",
  "field.orgKind": "What kind of employer are you?",
  "field.municipality": "Municipality (optional)",
  "field.agaZone": "Employer contribution zone",
  "field.agaZone.description": "The zone follows where the organisation or sub-unit is registered.",
  "aga.help.summary": "How to find your zone",
  "aga.help.text":
    "Your payroll office knows the zone from the monthly payroll report. Skatteetaten lists the zones by municipality. Some merged municipalities have more than one zone, so choose the zone where the hiring unit is registered.",
  "field.fribelopUsedUp": "The zone 1a allowance is used up",
  "field.fribelopUsedUp.description":
    "Large employers often use up the allowance early in the year. They then pay the zone 1 rate.",
  "field.agaRateOverride": "Own employer contribution rate (optional)",
  "field.agaRateOverride.description":
    "Fill in only if your payroll office uses a different rate than the table.",
  "field.wageGrowthPercent": "Yearly wage growth",
  "field.wageGrowthPercent.description":
    "Assumption. The central wage frame was 5.2 % in 2023 and 2024 and 4.4 % in 2025.",
  "field.regulationMonth": "Month of the yearly pay rise",
  "field.priceGrowthPercent": "Yearly price growth for other costs",
  "field.priceGrowthPercent.description":
    "Assumption. Used for supervision, training and costs other than pay.",
  "field.financingAfterGrants": "How will the posts be financed when the grant ends?",
  "field.financingAfterGrants.description":
    "The answer goes into the hiring plan. Think of budget years, the financial plan and who decides.",
  "field.position.title": "Job title",
  "field.position.ftePercent": "Share of full time",
  "field.position.ftePercent.description": "From {min} to {max} %.",
  "field.position.start": "Start",
  "field.position.end": "Last month",
  "field.position.permanence": "Permanent or temporary?",
  "field.position.annualSalary": "Yearly salary at 100 % at the start",
  "field.position.annualSalary.description": "There is no pay scale.",
  "field.position.annualSalary.range":
    "There is no pay scale. The usual salary is {range} ({source}, {year}).",
  "field.position.seniorityYears": "Seniority credited for lived experience (years)",
  "field.position.seniorityYears.description":
    "Some employers credit 5–10 years. The salary above should already include it.",
  "field.position.holidayTerms": "Holiday terms",
  "field.position.holidayPayPercent": "Holiday pay",
  "field.position.holidayWeeks": "Holiday weeks",
  "field.position.pensionScheme": "Pension scheme",
  "field.position.pensionPercent": "Employer's pension premium",
  "field.position.pensionRateConfirmed": "The rate is checked with the pension provider",
  "field.grant.name": "Name of the grant",
  "field.grant.source": "Who gives the grant?",
  "field.grant.firstYear": "First year of the grant",
  "field.grant.shape": "How is the grant computed?",
  "field.grant.amount": "Amount",
  "field.grant.amountPerFullTime": "Amount per 100 % post per year",
  "field.grant.years": "Number of years",
  "field.grant.amounts": "Amounts per year",
  "field.grant.sharesPercent": "Share per year",
  "field.grant.yearlyCap": "Highest amount per year (optional)",
  "field.grant.positions": "Posts the grant covers",
  "field.grant.positions.description": "None chosen means the grant covers the whole plan.",
  "field.grant.schedule": "Year by year",
  "field.grant.amountInYear": "Per 100 % post in {year}",
  "field.grant.shareInYear": "Share of the cost in {year}",
  "field.grant.fixedInYear": "Sum for the posts in {year}",
  "field.grant.fixed.description":
    "The sum is for the posts together, whatever their percentage. If none of them is at work all year, the grant pays only for the months one of them is.",
  "field.item.name": "What is it?",
  "field.item.name.description": "For example who supervises, or the name of the network.",
  "field.item.category": "Kind",
  "field.item.basis": "Computed",
  "field.item.price": "Price per session",
  "field.item.sessionsPerYear": "Sessions per year",
  "field.item.hoursPerSession": "Hours per session",
  "field.item.hoursPerSession.description":
    "Used to count the hours in a year. The price is per session, however long it is.",
  "field.item.perPosition": "For each post",
  "field.item.perPosition.description":
    "The cost follows the number of posts at work, month by month, as for individual supervision.",
  "field.item.rate": "Hourly rate",
  "field.item.hoursPerYear": "Hours per year",
  "field.item.amount": "Amount",
  "field.item.firstYear": "First year",
  "field.item.lastYear": "Last year",
  "field.item.position": "Post",
  "field.item.internal": "Given by our own staff",
  "field.item.internal.description":
    "Counted in hours. The cost of the time is left out unless you choose to include it once this is ticked.",
  "field.item.includeInternalCost": "Include the cost of our own staff's time",
  "field.inPosition": "{label} (post {n})",
  "field.inGrant": "{label} (grant {n})",
  "field.inItem": "{label} (cost {n})",
  "field.tasks": "What will the peer support worker do?",
  "field.tasks.description": "Choose all that apply. The tasks belong in the job description.",
  "role.positions": "Posts ({count})",
  "role.noPositions": "No posts yet.",
  "role.positionN": "Post {n}",
  "role.endWithGrant":
    "The end is set to when the grant “{grant}” ends. Change it if the contract ends on another date.",
  "role.endAfterYear": "The end is set to a year after the start. Change it to the contract's end.",
  "role.temporaryHint":
    "When you hire, you hire for years, not months. A permanent post gives the person hired a safer frame.",
  "role.removePosition": "Remove post {n}",
  "role.addPosition": "Add a post",
  "role.alone.heading": "One peer support worker alone",
  "role.alone.text":
    "Being the only one with lived experience at the workplace is hard. Consider two posts, or a network with other peer support workers.",
  "role.alone.addPosition": "Add another post",
  "role.alone.addNetwork": "Add a network",
  "holiday.custom": "Other terms",
  "assumption.tag": "Wage and price growth are assumptions",
  "salary.noPositions": "Add posts in the “Role” step first.",
  "salary.positionHeading": "Post {n}: {title}",
  "salary.band.inside": "Within the usual range of {range}.",
  "salary.band.waiting": "Once {fields}, you see here where the salary lies in the usual range.",
  "salary.band.outside": "Outside the usual range of {range}. Check that the amount is for 100 %.",
  "pension.public.description":
    "The rate varies between employers and years. Get it from your pension provider.",
  "pension.otp.description": "At least {min} % of salary.",
  "pension.assumed": "Assumption: the rate is not checked",
  "grants.none": "No grants entered.",
  "grants.grantN": "Grant {n}",
  "grants.positionLabel": "Post {n}: {title}",
  "grants.remove": "Remove grant {n}",
  "grants.add": "Add: {shape}",
  "grants.addYear": "Add a year",
  "grants.removeYear": "Remove the last year",
  "grants.tableHeading": "Grants and employer's cost year by year",
  "grants.cliff":
    "In {year} the employer's cost rises by {jump}, and the grant is {drop} lower than the year before.",
  "table.caption": "Costs, grants and net cost for the employer per year, in NOK",
  "table.cliff": "cliff",
  "table.cliffLegend":
    "The funding cliff in {year}: the grant falls and the employer's cost rises.",
  "table.sum": "Total",
  "basis.perSession": "Per session",
  "basis.perHour": "Per hour",
  "basis.perYear": "Per year",
  "basis.once": "Once",
  "supervision.none":
    "Supervision from day one makes the job easier to keep – one to one or in a group, from a leader, a colleague or an experienced peer worker. Add it with the buttons below.",
  "supervision.rare":
    "Supervision is less often than once a month. Many recommend closer follow-up, especially in the first year.",
  "supervision.itemN": "Cost {n}",
  "supervision.firstYear": "In {year}: {hours} hours, {cost}.",
  "supervision.remove": "Remove “{name}”",
  "supervision.add": "Add: {category}",
  "summary.change": "Change {step}",
  "summary.noProjection": "The plan has errors to fix before the costs can be computed.",
  "summary.missing.heading": "The plan is not finished",
  "summary.missing.intro":
    "This is missing before the plan is complete. Until it is in place, the PDF is marked as a draft and lists the same.",
  "summary.nothingToPay":
    "The plan has no posts yet, so there is nothing to pay and nothing to work out.",
  "waiting.one": "{field} is fixed",
  "waiting.two": "{first} and {second} are fixed",
  "waiting.many": "{field} and {count} other fields are fixed",
  "positionCost.notAtWork": "The post is not at work in any of the plan's years.",
  "summary.staleFor":
    "The figures are from the last valid version of the plan. They update once {fields}.",
  "summary.stale":
    "The figures are from the last valid version of the plan. Fix the errors to update them.",
  "summary.fixIn": "Go to {step}",
  "summary.answers": "Your answers",
  "budget.intro":
    "The costs split into the lines of a municipal budget, with function and art. Leave a field empty to use the code under “In use”. Write your own code where your chart of accounts differs, or where the code is yours to set.",
  "budget.functionNow": "In use: {code}. Leave the field empty to keep it.",
  "budget.caption": "The budget lines, amounts in NOK",
  "budget.now": "In use",
  "budget.yours": "Your code",
  "budget.artFor": "Your art for {line}",
  "budget.portfolioIntro":
    "The costs of the plans counted, added up by function, art and line, each plan in its own years. The spreadsheet and the PDF show every year.",
  "summary.checklist": "The checklist",
  "summary.checklistPhase": "{phase}: {done} of {total} done",
  "summary.exportPdf": "Export PDF",
  "summary.exportPdf.heading": "Hiring plan as a PDF",
  "summary.exportPdf.hint":
    "The PDF has the key figures, the budget year by year, supervision, the checklist, lines for signatures and an appendix that shows how every figure is computed.",
  "summary.exportPdf.stale": "Fix the errors in the plan before you make the PDF.",
  "summary.exportPdf.busy": "Making the PDF …",
  "summary.exportPdf.done": "The PDF is saved as {path}.",
  "summary.exportPdf.open": "Open the PDF",
  "summary.exportXlsx": "Download spreadsheet",
  "summary.exportXlsx.heading": "Hiring plan as a spreadsheet",
  "summary.exportXlsx.hint":
    "An Excel workbook with the assumptions, each post's payroll cost for every year as formulas, the grants and the budget year by year. Change the wage growth, for example, and the costs are recalculated.",
  "summary.exportXlsx.stale": "Fix the errors in the plan before you make the spreadsheet.",
  "summary.exportXlsx.busy": "Making the spreadsheet …",
  "summary.exportXlsx.done": "The spreadsheet is saved as {path}.",
  "summary.exportXlsx.open": "Open the spreadsheet",
};
