/**
 * One plan as a file of its own: «Hent plan fra fil» on the plan list and «Lagre som fil» on each
 * plan. Rust opens the native dialogs and reads or writes the file; these components show what
 * happened, beside the button that started it.
 */
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";

import type { ImportedPlan } from "../bindings/ImportedPlan";
import type { Plan } from "../bindings/Plan";
import { errorText } from "../errors";
import { useI18n } from "../i18n";
import { exportPlanFile, importPlanFile, toIpcError, type IpcError } from "../ipc";

/** Lists longer than this are cut, with a count of the rest. */
const LIST_LIMIT = 10;

function CappedList({ items, id }: { items: readonly string[]; id: string }) {
  const { t } = useI18n();
  const shown = items.slice(0, LIST_LIMIT);
  return (
    <ul id={id}>
      {shown.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
      {items.length > shown.length ? (
        <li>{t("planList.andMore", { count: items.length - shown.length })}</li>
      ) : null}
    </ul>
  );
}

type ImportState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; imported: ImportedPlan }
  | { kind: "failed"; error: IpcError };

/** «Hent plan fra fil»: reads a plan file through Rust and hands the plan to `onImported`. */
export function ImportPlan({ onImported }: { onImported: (plan: Plan) => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const result = useRef<HTMLDivElement>(null);

  // Move focus to the outcome, so keyboard and screen-reader users hear what happened.
  useEffect(() => {
    if (state.kind === "done" || state.kind === "failed") result.current?.focus();
  }, [state.kind]);

  const run = async () => {
    setState({ kind: "busy" });
    try {
      const imported = await importPlanFile();
      if (imported === null) {
        setState({ kind: "idle" });
        return;
      }
      onImported(imported.plan);
      setState({ kind: "done", imported });
    } catch (reason) {
      setState({ kind: "failed", error: toIpcError(reason) });
    }
  };

  const busy = state.kind === "busy";
  return (
    <>
      <Button
        id="import-plan"
        variant="secondary"
        disabled={busy}
        aria-busy={busy}
        aria-describedby={state.kind === "failed" ? "import-error" : undefined}
        onClick={() => void run()}
      >
        {busy ? t("planList.importing") : t("planList.import")}
      </Button>
      {state.kind === "done" ? (
        <Alert
          data-color={
            state.imported.problems.length > 0 || state.imported.unknownFields.length > 0
              ? "warning"
              : "success"
          }
          id="import-result"
          className="stack full-row"
          ref={result}
          tabIndex={-1}
        >
          <Paragraph>
            {t("planList.imported", {
              name: state.imported.plan.name.trim() || t("planList.untitled"),
            })}
          </Paragraph>
          {state.imported.unknownFields.length > 0 ? (
            <>
              <Paragraph>
                {t("planList.importUnknown", { count: state.imported.unknownFields.length })}
              </Paragraph>
              <CappedList id="import-unknown" items={state.imported.unknownFields} />
            </>
          ) : null}
          {state.imported.problems.length > 0 ? (
            <>
              <Paragraph>{t("planList.importProblems")}</Paragraph>
              <CappedList
                id="import-problems"
                items={state.imported.problems.map((p) => errorText(p, t))}
              />
            </>
          ) : null}
        </Alert>
      ) : null}
      {state.kind === "failed" ? (
        <Alert
          data-color="danger"
          id="import-error"
          className="full-row"
          ref={result}
          tabIndex={-1}
        >
          {errorText(state.error.report(), t)}
        </Alert>
      ) : null}
    </>
  );
}

type SaveState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "saved"; path: string }
  | { kind: "failed"; error: IpcError };

/** «Lagre som fil» on one plan in the list. */
export function SavePlanFile({ plan, planKey }: { plan: Plan; planKey: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const name = plan.name.trim() || t("planList.untitled");
  const statusId = `save-file-status-${planKey}`;

  const run = async () => {
    setState({ kind: "busy" });
    try {
      const file = await exportPlanFile(plan);
      setState(file ? { kind: "saved", path: file.path } : { kind: "idle" });
    } catch (reason) {
      setState({ kind: "failed", error: toIpcError(reason) });
    }
  };

  return (
    <>
      <Button
        variant="tertiary"
        data-color="accent"
        data-size="sm"
        data-action="save-file"
        aria-label={t("planList.exportFileLabel", { name })}
        aria-describedby={state.kind === "idle" || state.kind === "busy" ? undefined : statusId}
        aria-busy={state.kind === "busy"}
        disabled={state.kind === "busy"}
        onClick={() => void run()}
      >
        {t("planList.exportFile")}
      </Button>
      <div aria-live="polite" className="full-row" id={statusId}>
        {state.kind === "saved" ? (
          <Paragraph data-size="sm" data-status="saved">
            {t("planList.exportedFile", { name, path: state.path })}
          </Paragraph>
        ) : null}
        {state.kind === "failed" ? (
          <Alert data-color="danger" data-size="sm" data-status="failed">
            {errorText(state.error.report(), t)}
          </Alert>
        ) : null}
      </div>
    </>
  );
}
