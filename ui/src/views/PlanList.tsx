import {
  Alert,
  Button,
  Card,
  Checkbox,
  Heading,
  Paragraph,
  Tag,
} from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";

import type { Plan } from "../bindings/Plan";
import type { StoredPlan } from "../bindings/StoredPlan";
import { ImportPlan, SavePlanFile } from "../components/PlanFile";
import { formatDate } from "../format";
import { useI18n } from "../i18n";
import { STEPS, stepIndex } from "../steps";
import { usePlanLimits } from "../usePlanLimits";
import { startingPlans } from "../portfolioPlans";
import type { CompareItem } from "./ComparisonView";
import { TextField } from "../components/TextField";

export function PlanList({
  plans,
  lastPlanId = null,
  onNew,
  onTryExample,
  onOpen,
  onDuplicate,
  onMakeAlternative,
  onCompare,
  onPortfolio,
  onVersions,
  onRename,
  onDelete,
  onUndoDelete,
  onImported,
  deleted,
  busy,
}: {
  plans: readonly StoredPlan[];
  /** The plan opened last (also before a restart): offered first, and marked in the list. */
  lastPlanId?: string | null;
  onNew: () => void;
  /** «Prøv med et eksempel»: adds the example plan and opens it at its summary. */
  onTryExample: () => void;
  onOpen: (id: string) => void;
  /** Makes a copy right after the plan and returns the copy's id. */
  onDuplicate: (id: string) => string;
  /** «Lag alternativ»: makes an alternative to the plan (or to its base) and opens it. */
  onMakeAlternative: (id: string) => void;
  /** «Versjoner»: the plan's saved versions. */
  onVersions: (id: string) => void;
  /** «Se alle planene samlet»: opens the portfolio of these plans. */
  onPortfolio: (chosen: string[]) => void;
  /** «Sammenlign»: opens the comparison of these plans, the first as the base. */
  onCompare: (items: CompareItem[]) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onUndoDelete: () => void;
  onImported: (plan: Plan) => void;
  deleted: StoredPlan | null;
  busy: boolean;
}) {
  const { t, locale } = useI18n();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  // The copy just made, and the name of the plan it copies: it says so, and takes the focus.
  const [copied, setCopied] = useState<{ id: string; of: string } | null>(null);
  useEffect(() => {
    if (copied) document.getElementById(`open-${copied.id}`)?.focus();
  }, [copied]);
  // Each action on the list (a copy, a rename, a deletion …) ends the notices of earlier ones:
  // the import's message is not left standing over a copy made after it.
  const [actions, setActions] = useState(0);
  const acted = () => {
    setActions((n) => n + 1);
  };
  // The plans ticked for a comparison, in the order they were ticked (the first is the base).
  const [chosen, setChosen] = useState<string[]>([]);
  // Rust's limit; until it has answered nothing is held back (Rust refuses too many anyway).
  const maxCompared = usePlanLimits()?.maxCompared ?? Infinity;
  const chosenHere = chosen.filter((id) => plans.some((p) => p.id === id));
  const toggle = (id: string, on: boolean) => {
    setChosen((now) => (on ? [...now.filter((c) => c !== id), id] : now.filter((c) => c !== id)));
  };
  const compare = (ids: string[]) => {
    onCompare(ids.slice(0, maxCompared).map((planId) => ({ planId, versionId: null })));
  };
  const nameOf = (p: StoredPlan) => p.plan.name.trim() || t("planList.untitled");
  const last = plans.find((p) => p.id === lastPlanId) ?? null;

  /** A plan is shown as an alternative under its base when the base is in the list and is not
   * an alternative itself; any other plan is shown on its own. */
  const byId = new Map(plans.map((p) => [p.id, p]));
  const baseOf = (p: StoredPlan): StoredPlan | null => {
    const base = p.alternativeOf === null ? undefined : byId.get(p.alternativeOf);
    if (!base || base.id === p.id) return null;
    const own = base.alternativeOf;
    return own === null || own === base.id || !byId.has(own) ? base : null;
  };
  const tops = plans.filter((p) => baseOf(p) === null);
  const alternativesOf = (id: string) => plans.filter((p) => baseOf(p)?.id === id);

  const card = (stored: StoredPlan, base: StoredPlan | null) => {
    const step = STEPS[stepIndex(stored.step)];
    const name = nameOf(stored);
    const isRenaming = renaming?.id === stored.id;
    return (
      <Card className="neutral plan-card">
        <Heading level={base ? 3 : 2} data-size="sm">
          {name}
        </Heading>
        {stored.example ? (
          <Tag data-color="info" data-size="sm" className="example-tag">
            {t("planList.exampleTag")}
          </Tag>
        ) : null}
        {plans.length > 1 ? (
          <Checkbox
            id={`choose-${stored.id}`}
            data-size="sm"
            label={
              <>
                {t("planList.select")}
                <span className="visually-hidden">{t("planList.selectNamed", { name })}</span>
              </>
            }
            checked={chosenHere.includes(stored.id)}
            disabled={!chosenHere.includes(stored.id) && chosenHere.length >= maxCompared}
            onChange={(e) => {
              toggle(stored.id, e.target.checked);
            }}
          />
        ) : null}
        {base ? (
          <Paragraph data-size="sm" className="alternative-of">
            {t("planList.alternativeOf", { name: nameOf(base) })}
          </Paragraph>
        ) : null}
        {stored.id === last?.id ? (
          <Paragraph data-size="sm" className="last-opened">
            {t("planList.lastOpened")}
          </Paragraph>
        ) : null}
        <Paragraph data-size="sm">
          {t("planList.years", {
            first: stored.plan.firstYear,
            years: stored.plan.horizonYears,
          })}
          {" · "}
          {t("planList.created", { date: formatDate(stored.plan.createdOn, locale) })}
          {step ? ` · ${t("planList.step", { step: t(step.title) })}` : null}
        </Paragraph>
        {copied?.id === stored.id ? (
          <Paragraph data-size="sm" role="status" id="copy-notice">
            {t("planList.copied", { name: copied.of })}
          </Paragraph>
        ) : null}
        {isRenaming ? (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              onRename(stored.id, renaming.name);
              setRenaming(null);
            }}
          >
            <TextField
              id={`rename-${stored.id}`}
              label={t("planList.newName")}
              value={renaming.name}
              onChange={(e) => {
                setRenaming({ id: stored.id, name: e.target.value });
              }}
            />
            <div className="button-row">
              <Button type="submit" data-size="sm">
                {t("planList.saveName")}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setRenaming(null);
                }}
              >
                {t("planList.cancel")}
              </Button>
            </div>
          </form>
        ) : (
          <div className="button-row">
            <Button
              variant="primary"
              data-size="sm"
              id={`open-${stored.id}`}
              onClick={() => {
                onOpen(stored.id);
              }}
            >
              {t("planList.open", { name })}
            </Button>
            <Button
              variant="tertiary"
              data-color="accent"
              data-size="sm"
              aria-label={t("planList.renameLabel", { name })}
              onClick={() => {
                setRenaming({ id: stored.id, name: stored.plan.name });
              }}
            >
              {t("planList.rename")}
            </Button>
            <Button
              variant="tertiary"
              data-color="accent"
              data-size="sm"
              aria-label={t("planList.duplicateLabel", { name })}
              aria-describedby="copy-help"
              onClick={() => {
                acted();
                setCopied({ id: onDuplicate(stored.id), of: name });
              }}
            >
              {t("planList.duplicate")}
            </Button>
            <Button
              variant="tertiary"
              data-color="accent"
              data-size="sm"
              id={`alternative-${stored.id}`}
              aria-label={t("planList.makeAlternativeLabel", { name })}
              aria-describedby="copy-help"
              onClick={() => {
                onMakeAlternative(stored.id);
              }}
            >
              {t("planList.makeAlternative")}
            </Button>
            <Button
              variant="tertiary"
              data-color="accent"
              data-size="sm"
              id={`versions-${stored.id}`}
              aria-label={t("planList.versionsLabel", { name, count: stored.versions.length })}
              onClick={() => {
                onVersions(stored.id);
              }}
            >
              {t("wizard.versions", { count: stored.versions.length })}
            </Button>
            {alternativesOf(stored.id).length > 0 ? (
              <Button
                variant="tertiary"
                data-color="accent"
                data-size="sm"
                id={`compare-alternatives-${stored.id}`}
                aria-label={t("planList.compareAlternativesLabel", { name })}
                onClick={() => {
                  compare([stored.id, ...alternativesOf(stored.id).map((a) => a.id)]);
                }}
              >
                {t("planList.compareAlternatives")}
              </Button>
            ) : null}
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              aria-label={t("planList.deleteLabel", { name })}
              onClick={() => {
                acted();
                setCopied(null);
                onDelete(stored.id);
              }}
            >
              {t("planList.delete")}
            </Button>
            <SavePlanFile plan={stored.plan} planKey={stored.id} />
          </div>
        )}
      </Card>
    );
  };

  return (
    <section aria-labelledby="plan-list-heading" className="stack">
      <Heading level={1} data-size="lg" id="plan-list-heading" tabIndex={-1}>
        {t("planList.heading")}
      </Heading>
      <Paragraph>{t("planList.intro")}</Paragraph>
      <div className="button-row">
        {last ? (
          <Button
            id="continue-plan"
            onClick={() => {
              onOpen(last.id);
            }}
          >
            {t("planList.continue", { name: nameOf(last) })}
          </Button>
        ) : null}
        <Button
          id="new-plan"
          variant={last ? "secondary" : "primary"}
          onClick={onNew}
          disabled={busy}
          aria-busy={busy}
        >
          {t("planList.new")}
        </Button>
        {plans.length === 0 ? (
          <Button id="try-example" variant="secondary" onClick={onTryExample} disabled={busy}>
            {t("planList.tryExample")}
          </Button>
        ) : null}
        <ImportPlan key={actions} onImported={onImported} />
      </div>
      <Paragraph data-size="sm" id="plan-file-help">
        {t("planList.fileHelp")}
      </Paragraph>
      {plans.length === 0 ? (
        <Paragraph data-size="sm" id="try-example-help">
          {t("planList.tryExampleHelp")}
        </Paragraph>
      ) : (
        <Paragraph data-size="sm" id="copy-help">
          {t("planList.copyHelp")}
        </Paragraph>
      )}
      {plans.length === 1 ? (
        <Paragraph data-size="sm" id="compare-hint">
          {t("planList.compareHint")}
        </Paragraph>
      ) : null}
      {plans.length > 1 ? (
        <div className="compare-bar" role="group" aria-labelledby="compare-help">
          <Paragraph data-size="sm" id="compare-help">
            {chosenHere.length >= maxCompared
              ? t("planList.compareTooMany", { max: maxCompared })
              : t("planList.compareHelp")}
          </Paragraph>
          <Button
            id="compare-chosen"
            variant="secondary"
            data-size="sm"
            disabled={chosenHere.length < 2}
            onClick={() => {
              compare(chosenHere);
            }}
          >
            {t("planList.compareChosen", { count: chosenHere.length })}
          </Button>
        </div>
      ) : null}
      {plans.length > 0 ? (
        <div className="portfolio-bar">
          <Button
            id="open-portfolio"
            variant="secondary"
            data-size="sm"
            aria-describedby="portfolio-help"
            onClick={() => {
              onPortfolio(startingPlans(plans));
            }}
          >
            {t("portfolio.open")}
          </Button>
          <Paragraph data-size="sm" id="portfolio-help">
            {t("portfolio.openHelp")}
          </Paragraph>
        </div>
      ) : null}
      {deleted ? (
        <Alert data-color="info" id="deleted-notice">
          {t("planList.deleted", { name: nameOf(deleted) })}{" "}
          <Button data-size="sm" variant="secondary" id="undo-delete" onClick={onUndoDelete}>
            {t("planList.undoDelete")}
          </Button>
        </Alert>
      ) : null}
      {plans.length === 0 ? (
        <Paragraph id="plan-list-empty">{t("planList.empty")}</Paragraph>
      ) : (
        <ul className="plan-list" id="plan-list">
          {tops.map((stored) => {
            const alternatives = alternativesOf(stored.id);
            return (
              <li
                key={stored.id}
                data-plan={stored.id}
                className={alternatives.length > 0 ? "plan-group" : undefined}
              >
                {card(stored, null)}
                {alternatives.length > 0 ? (
                  <ul
                    className="plan-list plan-alternatives"
                    aria-label={t("planList.alternativesOf", { name: nameOf(stored) })}
                  >
                    {alternatives.map((alternative) => (
                      <li key={alternative.id} data-plan={alternative.id}>
                        {card(alternative, stored)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
