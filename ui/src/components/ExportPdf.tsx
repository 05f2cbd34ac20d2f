import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";

import type { PdfExport } from "../bindings/PdfExport";
import type { PdfRequest } from "../bindings/PdfRequest";
import type { Plan } from "../bindings/Plan";
import type { PlanToCompare } from "../bindings/PlanToCompare";
import { errorText } from "../errors";
import { todayIso } from "../format";
import { useI18n } from "../i18n";
import type { MessageKey } from "../i18n/messages";
import { exportComparisonPdf, exportPdf, openExportedPdf, toIpcError, type IpcError } from "../ipc";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "saved"; file: PdfExport }
  | { kind: "failed"; error: IpcError; file: null | PdfExport };

/** The words of one kind of PDF card. */
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

const COMPARISON_TEXTS: Texts = {
  action: "compare.exportPdf",
  heading: "compare.exportPdf.heading",
  hint: "compare.exportPdf.hint",
  stale: "summary.exportPdf.stale",
  busy: "summary.exportPdf.busy",
  done: "summary.exportPdf.done",
  open: "summary.exportPdf.open",
};

/** «Eksporter PDF» for the hiring plan (in the summary step). */
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
    <PdfCard
      ids=""
      texts={PLAN_TEXTS}
      stale={stale}
      render={(request) => exportPdf(plan, { ...request, lastChanged })}
    />
  );
}

/** «Eksporter PDF» for a comparison of alternatives (in the comparison view). */
export function ExportComparisonPdf({ plans }: { plans: PlanToCompare[] }) {
  return (
    <PdfCard
      ids="compare-"
      texts={COMPARISON_TEXTS}
      stale={false}
      render={(request) => exportComparisonPdf(plans, request)}
    />
  );
}

/** Rust renders the document, opens the native save dialog and writes the file; this card shows
 * where it went, offers to open it, and words any error beside the button. `ids` prefixes the
 * elements' ids, so two kinds of card never share one. */
function PdfCard({
  ids,
  texts,
  stale,
  render,
}: {
  ids: string;
  texts: Texts;
  stale: boolean;
  render: (request: PdfRequest) => Promise<PdfExport | null>;
}) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: "idle" });
  const saved = state.kind === "saved" ? state.file : state.kind === "failed" ? state.file : null;

  const run = async () => {
    setState({ kind: "busy" });
    try {
      const file = await render({ locale, today: todayIso(), lastChanged: null });
      setState(file ? { kind: "saved", file } : { kind: "idle" });
    } catch (reason) {
      setState({ kind: "failed", error: toIpcError(reason), file: null });
    }
  };
  const open = async (file: PdfExport) => {
    try {
      await openExportedPdf();
    } catch (reason) {
      setState({ kind: "failed", error: toIpcError(reason), file });
    }
  };

  const describedBy = stale ? `${ids}pdf-stale` : `${ids}pdf-hint`;
  return (
    <Card data-color="neutral" className="stack" id={`${ids}export-card`}>
      <Heading level={2} data-size="sm">
        {t(texts.heading)}
      </Heading>
      <Paragraph data-size="sm" id={`${ids}pdf-hint`}>
        {t(texts.hint)}
      </Paragraph>
      {stale ? (
        <Paragraph data-size="sm" id={`${ids}pdf-stale`}>
          {t(texts.stale)}
        </Paragraph>
      ) : null}
      <div>
        <Button
          id={`${ids}export-pdf`}
          disabled={stale || state.kind === "busy"}
          aria-describedby={describedBy}
          aria-busy={state.kind === "busy"}
          onClick={() => void run()}
        >
          {state.kind === "busy" ? t(texts.busy) : t(texts.action)}
        </Button>
      </div>
      <div aria-live="polite" id={`${ids}export-status`}>
        {saved ? (
          <Alert data-color="success" id={`${ids}pdf-saved`} className="stack">
            <Paragraph>{t(texts.done, { path: saved.path })}</Paragraph>
            <Button variant="secondary" id={`${ids}open-pdf`} onClick={() => void open(saved)}>
              {t(texts.open)}
            </Button>
          </Alert>
        ) : null}
        {state.kind === "failed" ? (
          <Alert data-color="danger" id={`${ids}pdf-error`}>
            {errorText(state.error.report(), t)}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
