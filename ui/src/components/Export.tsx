import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";

import type { ExportKind } from "../bindings/ExportKind";
import type { ExportRequest } from "../bindings/ExportRequest";
import type { ExportedFile } from "../bindings/ExportedFile";
import type { Plan } from "../bindings/Plan";
import type { PlanToCompare } from "../bindings/PlanToCompare";
import { errorText } from "../errors";
import { todayIso } from "../format";
import { useI18n } from "../i18n";
import type { MessageKey } from "../i18n/messages";
import {
  exportComparisonPdf,
  exportComparisonXlsx,
  exportPortfolioPdf,
  exportPortfolioXlsx,
  exportPdf,
  exportXlsx,
  openExportedFile,
  toIpcError,
  type IpcError,
} from "../ipc";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "saved"; file: ExportedFile }
  | { kind: "failed"; error: IpcError; file: null | ExportedFile };

/** The words of one kind of export card. */
type Texts = Record<"action" | "heading" | "hint" | "stale" | "busy" | "done" | "open", MessageKey>;

const PLAN_TEXTS: Texts = {
  action: "summary.exportPdf",
  heading: "summary.exportPdf.heading",
  hint: "summary.exportPdf.hint",
  stale: "summary.exportPdf.stale",
  busy: "summary.exportPdf.busy",
  done: "summary.exportPdf.done",
  open: "summary.exportPdf.open",
};

// A comparison's card says what it holds in its own words; its states are said as the plan's.
const COMPARISON_TEXTS: Texts = {
  ...PLAN_TEXTS,
  action: "compare.exportPdf",
  heading: "compare.exportPdf.heading",
  hint: "compare.exportPdf.hint",
};

const XLSX_TEXTS: Texts = {
  action: "summary.exportXlsx",
  heading: "summary.exportXlsx.heading",
  hint: "summary.exportXlsx.hint",
  stale: "summary.exportXlsx.stale",
  busy: "summary.exportXlsx.busy",
  done: "summary.exportXlsx.done",
  open: "summary.exportXlsx.open",
};

const COMPARISON_XLSX_TEXTS: Texts = {
  ...XLSX_TEXTS,
  action: "compare.exportXlsx",
  heading: "compare.exportXlsx.heading",
  hint: "compare.exportXlsx.hint",
};

const PORTFOLIO_XLSX_TEXTS: Texts = {
  ...XLSX_TEXTS,
  action: "portfolio.exportXlsx",
  heading: "portfolio.exportXlsx.heading",
  hint: "portfolio.exportXlsx.hint",
};

const PORTFOLIO_PDF_TEXTS: Texts = {
  ...PLAN_TEXTS,
  action: "portfolio.exportPdf",
  heading: "portfolio.exportPdf.heading",
  hint: "portfolio.exportPdf.hint",
};

/** «Eksporter PDF» and «Last ned regneark» for all the plans together (in the portfolio
 * view). */
export function ExportPortfolio({ plans }: { plans: PlanToCompare[] }) {
  return (
    <div className="export-cards">
      <ExportCard
        kind="portfolioPdf"
        ids="portfolio-"
        texts={PORTFOLIO_PDF_TEXTS}
        stale={false}
        render={(request) => exportPortfolioPdf(plans, request)}
      />
      <ExportCard
        kind="portfolioXlsx"
        ids="portfolio-"
        texts={PORTFOLIO_XLSX_TEXTS}
        stale={false}
        render={(request) => exportPortfolioXlsx(plans, request)}
      />
    </div>
  );
}

/** «Eksporter PDF» and «Last ned regneark» for the hiring plan, side by side (in the summary
 * step). */
export function ExportPlan({
  plan,
  stale,
  lastChanged = null,
}: {
  plan: Plan;
  stale: boolean;
  lastChanged?: string | null;
}) {
  return (
    <div className="export-cards">
      <ExportPdf plan={plan} stale={stale} lastChanged={lastChanged} />
      <ExportCard
        kind="xlsx"
        ids=""
        texts={XLSX_TEXTS}
        stale={stale}
        render={(request) => exportXlsx(plan, { ...request, lastChanged })}
      />
    </div>
  );
}

/** «Eksporter PDF» for the hiring plan. */
export function ExportPdf({
  plan,
  stale,
  lastChanged = null,
}: {
  plan: Plan;
  stale: boolean;
  lastChanged?: string | null;
}) {
  return (
    <ExportCard
      kind="pdf"
      ids=""
      texts={PLAN_TEXTS}
      stale={stale}
      render={(request) => exportPdf(plan, { ...request, lastChanged })}
    />
  );
}

/** The comparison of alternatives as a PDF and as a spreadsheet, side by side (in the
 * comparison view). */
export function ExportComparison({ plans }: { plans: PlanToCompare[] }) {
  return (
    <div className="export-cards">
      <ExportComparisonPdf plans={plans} />
      <ExportCard
        kind="comparisonXlsx"
        ids="compare-"
        texts={COMPARISON_XLSX_TEXTS}
        stale={false}
        render={(request) => exportComparisonXlsx(plans, request)}
      />
    </div>
  );
}

/** «Eksporter PDF» for a comparison of alternatives. */
function ExportComparisonPdf({ plans }: { plans: PlanToCompare[] }) {
  return (
    <ExportCard
      kind="comparisonPdf"
      ids="compare-"
      texts={COMPARISON_TEXTS}
      stale={false}
      render={(request) => exportComparisonPdf(plans, request)}
    />
  );
}

/** Rust renders the file, opens the native save dialog and writes it; this card shows where it
 * went, offers to open it, and words any error beside the button. The elements' ids name the
 * file type (`export-pdf`, `xlsx-saved`) after the prefix `ids`, so no two cards share one. */
function ExportCard({
  kind,
  ids,
  texts,
  stale,
  render,
}: {
  kind: ExportKind;
  ids: string;
  texts: Texts;
  stale: boolean;
  render: (request: ExportRequest) => Promise<ExportedFile | null>;
}) {
  const file =
    kind === "xlsx" || kind === "comparisonXlsx" || kind === "portfolioXlsx" ? "xlsx" : "pdf";
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: "idle" });
  const saved = state.kind === "saved" ? state.file : state.kind === "failed" ? state.file : null;

  const busy = state.kind === "busy";
  const run = async () => {
    // While busy the button stays focusable (aria-disabled, not disabled), so a keyboard user's
    // focus is still on it when the file is saved; a second press meanwhile does nothing.
    if (busy) return;
    setState({ kind: "busy" });
    try {
      const file = await render({ locale, today: todayIso(), lastChanged: null });
      setState(file ? { kind: "saved", file } : { kind: "idle" });
    } catch (reason) {
      setState({ kind: "failed", error: toIpcError(reason), file: null });
    }
  };
  const open = async (saved: ExportedFile) => {
    try {
      await openExportedFile(kind);
    } catch (reason) {
      setState({ kind: "failed", error: toIpcError(reason), file: saved });
    }
  };

  const describedBy = stale ? `${ids}${file}-stale` : `${ids}${file}-hint`;
  return (
    <Card
      className="neutral stack"
      id={file === "pdf" ? `${ids}export-card` : `${ids}${file}-card`}
    >
      <Heading level={2} data-size="sm">
        {t(texts.heading)}
      </Heading>
      <Paragraph data-size="sm" id={`${ids}${file}-hint`}>
        {t(texts.hint)}
      </Paragraph>
      {stale ? (
        <Paragraph data-size="sm" id={`${ids}${file}-stale`}>
          {t(texts.stale)}
        </Paragraph>
      ) : null}
      <div>
        <Button
          id={`${ids}export-${file}`}
          disabled={stale}
          aria-disabled={busy || undefined}
          aria-describedby={describedBy}
          aria-busy={busy}
          onClick={() => void run()}
        >
          {busy ? t(texts.busy) : t(texts.action)}
        </Button>
      </div>
      <div aria-live="polite" id={`${ids}${file}-status`}>
        {saved ? (
          <Alert data-color="success" id={`${ids}${file}-saved`} className="stack">
            <Paragraph>{t(texts.done, { path: saved.path })}</Paragraph>
            <Button variant="secondary" id={`${ids}open-${file}`} onClick={() => void open(saved)}>
              {t(texts.open)}
            </Button>
          </Alert>
        ) : null}
        {state.kind === "failed" ? (
          <Alert data-color="danger" id={`${ids}${file}-error`}>
            {errorText(state.error.report(), t)}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
