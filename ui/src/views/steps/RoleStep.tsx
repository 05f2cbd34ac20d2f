import {
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
} from "@digdir/designsystemet-react";

import { memo, useEffect, useMemo, useRef, useState } from "react";
import useLatestCallback from "use-latest-callback";

import type { Position } from "../../bindings/Position";
import type { PositionFigures } from "../../bindings/PositionFigures";
import type { RoleTask } from "../../bindings/RoleTask";
import type { TemporaryEnd } from "../../bindings/TemporaryEnd";
import { MonthField } from "../../components/MonthField";
import { NumberField } from "../../components/NumberField";
import { PositionCost } from "../../components/PositionCost";
import { fieldId } from "../../fieldPaths";
import { useI18n, useVocabulary } from "../../i18n";
import { newCostItem, newPosition, temporaryEnd } from "../../ipc";
import { roomFor, usePlanLimits } from "../../usePlanLimits";
import type { StepProps } from "./types";
import { firstWhileOpening, useOpening } from "../../useOpening";
import { TextField } from "../../components/TextField";

const TASKS: readonly { id: RoleTask }[] = [
  { id: "individualUsers" },
  { id: "systemLevel" },
  { id: "projects" },
  { id: "userOrganisations" },
  { id: "nextOfKin" },
];
/** The years a position may start or end in: from as far before the plan as Rust accepts
 * (`yearsBefore`) to the plan's last year. */
export function planYears(firstYear: number, horizonYears: number, yearsBefore: number): number[] {
  return Array.from({ length: horizonYears + yearsBefore }, (_, i) => firstYear - yearsBefore + i);
}

/** Step 2: what the consultant will do, and the positions. */
export function RoleStep({
  plan,
  onChange,
  errorFor,
  showErrors,
  projection,
  positionFigures,
}: StepProps) {
  const { t } = useI18n();
  const vocabulary = useVocabulary();
  const opening = useOpening();
  const tasks = new Set(plan.tasks);
  const limits = usePlanLimits();
  // Until Rust has said how far back a post may start: two years, which it always accepts.
  const yearsBefore = limits?.yearsBeforePlan ?? 2;
  const years = useMemo(
    () => planYears(plan.firstYear, plan.horizonYears, yearsBefore),
    [plan.firstYear, plan.horizonYears, yearsBefore],
  );
  // The same functions from render to render: a post's card redraws only when its own post, its
  // figures or its errors change, not at each keystroke in another post.
  const setPosition = useLatestCallback((i: number, fields: Partial<Position>) => {
    onChange((current) => ({
      ...current,
      positions: current.positions.map((p, k) => (k === i ? { ...p, ...fields } : p)),
    }));
  });
  const removePosition = useLatestCallback((i: number, id: string) => {
    onChange((current) => ({
      ...current,
      positions: current.positions.filter((_, k) => k !== i),
      grants: current.grants.map((g) => ({
        ...g,
        positionIds: g.positionIds.filter((x) => x !== id),
      })),
      costItems: current.costItems.map((c) =>
        c.positionId === id ? { ...c, positionId: null } : c,
      ),
    }));
  });
  // A post just added: once it is shown, its first field takes the focus (and scrolls into view).
  const added = useRef<string | null>(null);
  useEffect(() => {
    if (added.current === null) return;
    const index = plan.positions.findIndex((p) => p.id === added.current);
    const field = document.getElementById(fieldId(`positions[${index}].title`));
    // Not in the page yet while the step is still opening: again when the rest is shown.
    if (field === null) return;
    added.current = null;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: "center" });
  }, [plan.positions, opening]);
  const addPosition = async () => {
    const position = await newPosition(plan);
    added.current = position.id;
    onChange((current) =>
      current.positions.some((p) => p.id === position.id)
        ? current
        : { ...current, positions: [...current.positions, position] },
    );
  };
  // Rust suggests the end: with the post's last grant, or a year after it starts.
  const [suggested, setSuggested] = useState<Readonly<Record<string, TemporaryEnd>>>({});
  const makeTemporary = useLatestCallback(async (id: string) => {
    const end = await temporaryEnd(plan, id);
    setSuggested((prev) => ({ ...prev, [id]: end }));
    onChange((current) => ({
      ...current,
      positions: current.positions.map((x) =>
        x.id === id && x.end === null ? { ...x, end: end.end } : x,
      ),
    }));
  });
  const addNetwork = async () => {
    const item = await newCostItem(plan, "network");
    onChange((current) =>
      current.costItems.some((c) => c.id === item.id)
        ? current
        : { ...current, costItems: [...current.costItems, item] },
    );
  };
  const alone = projection?.warnings.some((w) => w.kind === "workingAlone") ?? false;

  return (
    <div className="stack">
      <Fieldset>
        <Fieldset.Legend>{t("field.tasks")}</Fieldset.Legend>
        <Fieldset.Description>{t("field.tasks.description")}</Fieldset.Description>
        {TASKS.map((task) => (
          <Checkbox
            key={task.id}
            id={`task-${task.id}`}
            label={vocabulary.roleTask[task.id]}
            checked={tasks.has(task.id)}
            onChange={(e) => {
              const checked = e.target.checked;
              onChange((current) => {
                const next = new Set(current.tasks);
                if (checked) next.add(task.id);
                else next.delete(task.id);
                return { ...current, tasks: TASKS.map((x) => x.id).filter((id) => next.has(id)) };
              });
            }}
          />
        ))}
      </Fieldset>

      <Heading level={2} data-size="sm">
        {t("role.positions", { count: plan.positions.length })}
      </Heading>
      {plan.positions.length === 0 ? <Paragraph>{t("role.noPositions")}</Paragraph> : null}
      {firstWhileOpening(plan.positions, opening).map((p, i) => (
        <RolePositionCard
          key={p.id}
          position={p}
          index={i}
          years={years}
          fteRange={limits ? { min: limits.minFtePercent, max: limits.maxFtePercent } : null}
          errorFor={errorFor}
          showErrors={showErrors}
          figures={positionFigures.find((f) => f.positionId === p.id)}
          suggestion={suggested[p.id]}
          setPosition={setPosition}
          makeTemporary={makeTemporary}
          removePosition={removePosition}
        />
      ))}
      {errorFor("positions") ? <Alert data-color="danger">{errorFor("positions")}</Alert> : null}
      <div>
        <Button
          variant="secondary"
          id="add-position"
          disabled={!roomFor(plan.positions.length, limits?.maxPositions)}
          onClick={() => void addPosition()}
        >
          {t("role.addPosition")}
        </Button>
      </div>
      {alone ? (
        <Alert data-color="warning" id="alone-warning">
          <Heading level={3} data-size="2xs">
            {t("role.alone.heading")}
          </Heading>
          <Paragraph>{t("role.alone.text")}</Paragraph>
          <div className="button-row">
            <Button data-size="sm" variant="secondary" onClick={() => void addPosition()}>
              {t("role.alone.addPosition")}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={() => void addNetwork()}>
              {t("role.alone.addNetwork")}
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}

/** One post on «Rollen»: its title, size, start, and whether and when it ends. */
const RolePositionCard = memo(function RolePositionCard({
  position: p,
  index: i,
  years,
  fteRange,
  errorFor,
  showErrors,
  figures,
  suggestion,
  setPosition,
  makeTemporary,
  removePosition,
}: {
  position: Position;
  index: number;
  years: readonly number[];
  /** A post's percentage, from and to, from Rust's limits (null until they are read). */
  fteRange: { min: number; max: number } | null;
  errorFor: (path: string) => string | undefined;
  showErrors: boolean;
  /** The post's figures from Rust: its cost as soon as what it depends on is valid. */
  figures: PositionFigures | undefined;
  /** The end Rust suggested when the post was made temporary, and why. */
  suggestion: TemporaryEnd | undefined;
  setPosition: (i: number, fields: Partial<Position>) => void;
  makeTemporary: (id: string) => Promise<void>;
  removePosition: (i: number, id: string) => void;
}) {
  const { t } = useI18n();
  const vocabulary = useVocabulary();
  const path = (leaf: string) => `positions[${i}].${leaf}`;
  return (
    <Card className="neutral stack" data-position={i}>
      <Heading level={3} data-size="xs">
        {t("role.positionN", { n: i + 1 })}
      </Heading>
      <TextField
        id={fieldId(path("title"))}
        label={t("field.position.title")}
        value={p.title}
        error={errorFor(path("title"))}
        onChange={(e) => {
          setPosition(i, { title: e.target.value });
        }}
      />
      <NumberField
        path={path("ftePercent")}
        label={t("field.position.ftePercent")}
        description={fteRange ? t("field.position.ftePercent.description", fteRange) : undefined}
        suffix="%"
        value={p.ftePercent}
        onChange={(value) => {
          if (value !== null) setPosition(i, { ftePercent: value });
        }}
        error={errorFor(path("ftePercent"))}
        showErrors={showErrors}
      />
      <MonthField
        path={path("start")}
        label={t("field.position.start")}
        value={p.start}
        years={years}
        onChange={(start) => {
          setPosition(i, { start });
        }}
        error={errorFor(path("start"))}
      />
      <Fieldset>
        <Fieldset.Legend>{t("field.position.permanence")}</Fieldset.Legend>
        <Radio
          name={`permanence-${p.id}`}
          id={fieldId(path("permanent"))}
          label={vocabulary.employment.permanent}
          value="permanent"
          checked={p.end === null}
          onChange={() => {
            setPosition(i, { end: null });
          }}
        />
        <Radio
          name={`permanence-${p.id}`}
          id={fieldId(path("temporary"))}
          label={vocabulary.employment.temporary}
          value="temporary"
          checked={p.end !== null}
          onChange={() => {
            void makeTemporary(p.id);
          }}
        />
      </Fieldset>
      {p.end !== null ? (
        <>
          <MonthField
            path={path("end")}
            label={t("field.position.end")}
            value={p.end}
            years={years}
            onChange={(end) => {
              setPosition(i, { end });
            }}
            error={errorFor(path("end"))}
          />
          {suggestion?.end === p.end ? (
            <Paragraph data-size="sm" id={`end-suggested-${p.id}`}>
              {suggestion.grantName
                ? t("role.endWithGrant", { grant: suggestion.grantName })
                : t("role.endAfterYear")}
            </Paragraph>
          ) : null}
          <Paragraph data-size="sm">{t("role.temporaryHint")}</Paragraph>
        </>
      ) : null}
      <PositionCost figures={figures} positionId={p.id} />
      <div>
        <Button
          variant="tertiary"
          data-color="danger"
          data-size="sm"
          onClick={() => {
            removePosition(i, p.id);
          }}
        >
          {t("role.removePosition", { n: i + 1 })}
        </Button>
      </div>
    </Card>
  );
});
