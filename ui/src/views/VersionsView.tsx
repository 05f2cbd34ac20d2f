import { Alert, Button, Card, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";

import type { Evaluation } from "../bindings/Evaluation";
import type { PlanVersion } from "../bindings/PlanVersion";
import type { StoredPlan } from "../bindings/StoredPlan";
import { KeyFigures } from "../components/KeyFigures";
import { CostChart } from "../components/CostChart";
import { YearTable } from "../components/YearTable";
import { formatDate, formatDateTime } from "../format";
import { useI18n } from "../i18n";
import { evaluatePlan } from "../ipc";
import { usePlanLimits } from "../usePlanLimits";
import { TextField } from "../components/TextField";
import { errorText } from "../errors";
import { hiddenCharacterError } from "../pastedText";

const NOTICES = {
  saved: "versions.savedNotice",
  restored: "versions.restoredNotice",
  deleted: "versions.deletedNotice",
  undone: "versions.undoneNotice",
} as const;

/**
 * «Versjoner»: frozen copies of a plan saved with a label ("Sendt til budsjettmøtet 12. mars").
 * Save one, look at one (read-only), compare the plan as it is now with one, set the plan back
 * to one (undo brings the plan back), or delete one.
 */
export function VersionsView({
  stored,
  onSave,
  onRestore,
  onDelete,
  onCompare,
  onOpenPlan,
  onUndo,
  onBack,
}: {
  stored: StoredPlan;
  /** Saves the plan as it is now under `label`. */
  onSave: (label: string) => void;
  onRestore: (version: PlanVersion) => void;
  onDelete: (version: PlanVersion) => void;
  /** Compares the version (as the base) with the plan as it is now. */
  onCompare: (version: PlanVersion) => void;
  onOpenPlan: () => void;
  /** Undoes the last change (a restore, here). */
  onUndo: () => void;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  const limits = usePlanLimits();
  const name = stored.plan.name.trim() || t("planList.untitled");
  const [label, setLabel] = useState("");
  const [labelError, setLabelError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{
    kind: keyof typeof NOTICES;
    label: string;
  } | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const max = limits?.maxVersions ?? Infinity;
  const maxLabel = limits?.maxVersionLabelChars ?? Infinity;
  const full = stored.versions.length >= max;
  const shown = stored.versions.find((v) => v.id === viewing) ?? null;

  const save = () => {
    const text = label.trim();
    if (text === "") {
      setLabelError(t("versions.labelRequired"));
      return;
    }
    if (text.length > maxLabel) {
      setLabelError(t("versions.labelTooLong", { max: maxLabel }));
      return;
    }
    const hidden = hiddenCharacterError("versionLabel", text, false);
    if (hidden) {
      setLabelError(errorText(hidden, t));
      return;
    }
    onSave(text);
    setLabel("");
    setLabelError(null);
    setNotice({ kind: "saved", label: text });
  };

  return (
    <section aria-labelledby="versions-heading" className="stack">
      <div>
        <Button variant="tertiary" data-size="sm" id="versions-back" onClick={onBack}>
          ← {t("wizard.backToList")}
        </Button>
      </div>
      <Heading level={1} data-size="lg" id="versions-heading" tabIndex={-1} ref={heading}>
        {t("versions.heading", { name })}
      </Heading>
      <Paragraph>{t("versions.intro")}</Paragraph>
      {notice ? (
        <Alert data-color="success" id="versions-notice" role="status">
          {t(NOTICES[notice.kind], { label: notice.label })}
          {notice.kind === "restored" ? (
            <>
              {" "}
              <Button
                data-size="sm"
                variant="secondary"
                id="undo-restore"
                onClick={() => {
                  onUndo();
                  setNotice({ kind: "undone", label: notice.label });
                }}
              >
                {t("planList.undoDelete")}
              </Button>
            </>
          ) : null}
        </Alert>
      ) : null}

      <form
        className="stack version-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {full ? (
          <Alert data-color="warning" id="versions-full">
            {t("versions.full", { max })}
          </Alert>
        ) : (
          <>
            <TextField
              id="version-label"
              label={t("versions.label")}
              description={t("versions.labelHelp")}
              value={label}
              error={labelError ?? undefined}
              onChange={(e) => {
                setLabel(e.target.value);
              }}
            />
            <div className="button-row">
              <Button type="submit" id="save-version">
                {t("versions.save")}
              </Button>
              <Button type="button" variant="secondary" onClick={onOpenPlan}>
                {t("planList.open", { name })}
              </Button>
            </div>
          </>
        )}
      </form>

      <Heading level={2} data-size="sm">
        {t("versions.saved", { count: stored.versions.length })}
      </Heading>
      {stored.versions.length === 0 ? (
        <Paragraph id="versions-empty">{t("versions.none")}</Paragraph>
      ) : (
        <ul className="plan-list version-list" id="version-list">
          {[...stored.versions].reverse().map((v) => (
            <li key={v.id} data-version={v.id}>
              <Card className="neutral plan-card">
                <Heading level={3} data-size="xs">
                  {v.label}
                </Heading>
                <Paragraph data-size="sm">
                  {t("versions.savedAt", { when: formatDateTime(v.savedAt, locale) })}
                </Paragraph>
                <div className="button-row">
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    id={`view-version-${v.id}`}
                    aria-label={t("versions.viewLabel", { label: v.label })}
                    aria-expanded={viewing === v.id}
                    onClick={() => {
                      setViewing(viewing === v.id ? null : v.id);
                    }}
                  >
                    {viewing === v.id ? t("versions.hide") : t("versions.view")}
                  </Button>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    id={`compare-version-${v.id}`}
                    aria-label={t("versions.compareLabel", { label: v.label })}
                    onClick={() => {
                      onCompare(v);
                    }}
                  >
                    {t("versions.compare")}
                  </Button>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    id={`restore-version-${v.id}`}
                    aria-label={t("versions.restoreLabel", { label: v.label })}
                    onClick={() => {
                      onRestore(v);
                      setNotice({ kind: "restored", label: v.label });
                    }}
                  >
                    {t("versions.restore")}
                  </Button>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    data-color="danger"
                    id={`delete-version-${v.id}`}
                    aria-label={t("versions.deleteLabel", { label: v.label })}
                    onClick={() => {
                      if (viewing === v.id) setViewing(null);
                      onDelete(v);
                      setNotice({ kind: "deleted", label: v.label });
                    }}
                  >
                    {t("planList.delete")}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {shown ? <VersionSummary version={shown} /> : null}
    </section>
  );
}

/** A saved version as it was: its key figures, chart and year table, read-only. */
function VersionSummary({ version }: { version: PlanVersion }) {
  const { t, locale } = useI18n();
  const [evaluation, setEvaluation] = useState<{ id: string; result: Evaluation } | null>(null);
  useEffect(() => {
    let live = true;
    void evaluatePlan(version.plan, locale).then((result) => {
      if (live) setEvaluation({ id: version.id, result });
    });
    return () => {
      live = false;
    };
  }, [version, locale]);
  const projection = evaluation?.id === version.id ? evaluation.result.projection : null;
  return (
    <section
      aria-labelledby="version-view-heading"
      className="stack version-view"
      id="version-view"
    >
      <Heading level={2} data-size="sm" id="version-view-heading">
        {t("versions.viewHeading", {
          label: version.label,
          date: formatDate(version.savedAt, locale),
        })}
      </Heading>
      <Paragraph data-size="sm">{t("versions.readOnly")}</Paragraph>
      {evaluation === null ? (
        <Paragraph>
          <Spinner aria-hidden="true" data-size="sm" /> {t("compare.loading")}
        </Paragraph>
      ) : projection === null ? (
        <Alert data-color="info">{t("summary.noProjection")}</Alert>
      ) : (
        <>
          <div id="version-figures">
            <KeyFigures figures={evaluation.result.summaryFigures} />
          </div>
          <CostChart projection={projection} />
          <YearTable projection={projection} cliffYear={projection.fundingCliff?.year ?? null} />
        </>
      )}
    </section>
  );
}
