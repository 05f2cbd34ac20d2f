import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";

import type { PdfExport } from "../bindings/PdfExport";
import type { Plan } from "../bindings/Plan";
import { errorText } from "../errors";
import { todayIso } from "../format";
import { useI18n } from "../i18n";
import { exportPdf, openExportedPdf, toIpcError, type IpcError } from "../ipc";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "saved"; file: PdfExport }
  | { kind: "failed"; error: IpcError; file: PdfExport | null };

/** "Eksporter PDF": Rust renders the plan, opens the native save dialog and writes the file;
 * this card shows where it went, offers to open it, and words any error beside the button. */
export function ExportPdf({
  plan,
  stale,
  lastChanged = null,
}: {
  plan: Plan;
  stale: boolean;
  lastChanged?: string | null;
}) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: "idle" });
  const saved = state.kind === "saved" ? state.file : state.kind === "failed" ? state.file : null;

  const run = async () => {
    setState({ kind: "busy" });
    try {
      const file = await exportPdf(plan, { locale, today: todayIso(), lastChanged });
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

  const describedBy = stale ? "pdf-stale" : "pdf-hint";
  return (
    <Card data-color="neutral" className="stack" id="export-card">
      <Heading level={2} data-size="sm">
        {t("summary.exportPdf.heading")}
      </Heading>
      <Paragraph data-size="sm" id="pdf-hint">
        {t("summary.exportPdf.hint")}
      </Paragraph>
      {stale ? (
        <Paragraph data-size="sm" id="pdf-stale">
          {t("summary.exportPdf.stale")}
        </Paragraph>
      ) : null}
      <div>
        <Button
          id="export-pdf"
          disabled={stale || state.kind === "busy"}
          aria-describedby={describedBy}
          aria-busy={state.kind === "busy"}
          onClick={() => void run()}
        >
          {state.kind === "busy" ? t("summary.exportPdf.busy") : t("summary.exportPdf")}
        </Button>
      </div>
      <div aria-live="polite" id="export-status">
        {saved ? (
          <Alert data-color="success" id="pdf-saved" className="stack">
            <Paragraph>{t("summary.exportPdf.done", { path: saved.path })}</Paragraph>
            <Button variant="secondary" id="open-pdf" onClick={() => void open(saved)}>
              {t("summary.exportPdf.open")}
            </Button>
          </Alert>
        ) : null}
        {state.kind === "failed" ? (
          <Alert data-color="danger" id="pdf-error">
            {errorText(state.error.report(), t)}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
