import {
  Alert,
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
} from "@digdir/designsystemet-react";

import { memo, type ReactNode } from "react";
import useLatestCallback from "use-latest-callback";

import type { Grant } from "../../bindings/Grant";
import type { GrantKind } from "../../bindings/GrantKind";
import type { GrantShape } from "../../bindings/GrantShape";
import type { Position } from "../../bindings/Position";
import { NumberField } from "../../components/NumberField";
import { CostChart } from "../../components/CostChart";
import { AddButtons, RemoveButton } from "../../components/ListButtons";
import { YearTable } from "../../components/YearTable";
import { fieldId } from "../../fieldPaths";
import { formatNok } from "../../format";
import { useI18n, useVocabulary } from "../../i18n";
import type { MessageKey } from "../../i18n/messages";
import { newGrant } from "../../ipc";
import { roomFor, usePlanLimits } from "../../usePlanLimits";
import type { StepProps } from "./types";
import { fieldsToFix } from "../../waitingFor";
import { firstWhileOpening, useOpening } from "../../useOpening";
import { TextField } from "../../components/TextField";

/** Every kind of grant Rust knows (its name is in the generated vocabulary), in the order the
 * wizard offers them: a kind missing here does not compile. */
const SHAPE_ORDER: { readonly [K in GrantKind]: number } = {
  perFullTime: 0,
  stepped: 1,
  shareOfCost: 2,
  fixedPerYear: 3,
  oneOff: 4,
};
const SHAPES = (Object.keys(SHAPE_ORDER) as GrantKind[])
  .sort((a, b) => SHAPE_ORDER[a] - SHAPE_ORDER[b])
  .map((id) => ({ id }));

/** What a shape's editor gets: the shape, a way to change it, and the field helpers. */
interface ShapeEditorProps<S extends GrantShape> {
  shape: S;
  setShape: (next: S) => void;
  /** The path of a field of the shape: `grants[0].shape.amount`. */
  path: (leaf: string) => string;
  firstYear: number;
  errorFor: (path: string) => string | undefined;
  showErrors: boolean;
}

/** One editor per shape, keyed by the shape's tag, so a shape Rust adds without an editor here
 * is a type error. */
const SHAPE_EDITORS: {
  readonly [K in GrantShape["shape"]]: (
    props: ShapeEditorProps<Extract<GrantShape, { shape: K }>>,
  ) => ReactNode;
} = {
  perFullTime: ({ shape, setShape, path, errorFor, showErrors }) => (
    <PerFullTimeEditor {...{ shape, setShape, path, errorFor, showErrors }} />
  ),
  stepped: (props) => <AmountsEditor {...props} label="field.grant.amountInYear" />,
  shareOfCost: ({ shape, setShape, path, firstYear, errorFor, showErrors }) => (
    <ShareOfCostEditor {...{ shape, setShape, path, firstYear, errorFor, showErrors }} />
  ),
  fixedPerYear: (props) => (
    <AmountsEditor
      {...props}
      label="field.grant.fixedInYear"
      description="field.grant.fixed.description"
    />
  ),
  oneOff: (props) => <AmountField {...props} label="field.grant.amount" />,
};

/** The editor for `shape`, whichever it is. */
function ShapeEditor<S extends GrantShape>(props: ShapeEditorProps<S>): ReactNode {
  // TypeScript cannot tie the looked-up editor to the shape it was looked up by; the table's
  // type above is what guarantees that each tag has the editor for its own shape.
  const editor = SHAPE_EDITORS[props.shape.shape] as unknown as (
    p: ShapeEditorProps<S>,
  ) => ReactNode;
  return editor(props);
}

/** Step 5: grants, year by year, and what happens when they end. */
export function GrantsStep({
  plan,
  onChange,
  errorFor,
  showErrors,
  projection,
  waiting,
  blockers,
}: StepProps) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const opening = useOpening();
  const limits = usePlanLimits();
  // The same functions from render to render: a grant card redraws only when its own grant, the
  // posts or its errors change, not at each keystroke elsewhere or each answer from Rust.
  const changeGrant = useLatestCallback((i: number, change: (grant: Grant) => Grant) => {
    onChange((current) => ({
      ...current,
      grants: current.grants.map((g, k) => (k === i ? change(g) : g)),
    }));
  });
  const removeGrant = useLatestCallback((i: number) => {
    onChange((current) => ({ ...current, grants: current.grants.filter((_, k) => k !== i) }));
  });
  const freshShape = useLatestCallback(
    async (kind: GrantKind): Promise<GrantShape> => (await newGrant(plan, kind)).shape,
  );
  const add = async (kind: GrantKind) => {
    const grant = await newGrant(plan, kind);
    // Two quick clicks ask Rust twice about the same plan and get the same new id: add it once.
    onChange((current) =>
      current.grants.some((g) => g.id === grant.id)
        ? current
        : { ...current, grants: [...current.grants, grant] },
    );
  };
  const cliff = projection?.fundingCliff ?? null;

  return (
    <div className="stack">
      {plan.grants.length === 0 ? <Paragraph>{t("grants.none")}</Paragraph> : null}
      {firstWhileOpening(plan.grants, opening, 2).map((g, i) => (
        <GrantCard
          key={g.id}
          grant={g}
          index={i}
          positions={plan.positions}
          opening={opening}
          errorFor={errorFor}
          showErrors={showErrors}
          changeGrant={changeGrant}
          removeGrant={removeGrant}
          freshShape={freshShape}
        />
      ))}
      <AddButtons
        kinds={SHAPES.map((x) => ({
          id: x.id,
          label: t("grants.add", { shape: vocabulary.grantKind[x.id] }),
        }))}
        idPrefix="add-grant"
        full={!roomFor(plan.grants.length, limits?.maxGrants)}
        onAdd={(kind) => void add(kind)}
      />

      {projection ? (
        <>
          <Heading level={2} data-size="sm">
            {t("grants.tableHeading")}
          </Heading>
          {waiting ? (
            <Alert data-color="warning" id="stale-projection">
              {blockers.length > 0
                ? t("summary.staleFor", { fields: fieldsToFix(blockers, t) })
                : t("summary.stale")}
            </Alert>
          ) : null}
          {cliff ? (
            <Alert data-color="warning" id="cliff">
              {t("grants.cliff", {
                year: cliff.year,
                jump: formatNok(cliff.jump, locale),
                drop: formatNok(cliff.grantDrop, locale),
              })}
            </Alert>
          ) : null}
          <CostChart projection={projection} />
          <YearTable projection={projection} cliffYear={cliff?.year ?? null} />
        </>
      ) : null}

      <TextField
        multiline
        rows={4}
        id={fieldId("financingAfterGrants")}
        label={t("field.financingAfterGrants")}
        description={t("field.financingAfterGrants.description")}
        value={plan.financingAfterGrants}
        error={errorFor("financingAfterGrants")}
        onChange={(e) => {
          onChange((current) => ({ ...current, financingAfterGrants: e.target.value }));
        }}
      />
    </div>
  );
}

/** One grant: its name, source, shape, first year, the posts it pays for. */
const GrantCard = memo(function GrantCard({
  grant: g,
  index: i,
  positions,
  opening,
  errorFor,
  showErrors,
  changeGrant,
  removeGrant,
  freshShape,
}: {
  grant: Grant;
  index: number;
  positions: readonly Position[];
  opening: boolean;
  errorFor: (path: string) => string | undefined;
  showErrors: boolean;
  changeGrant: (i: number, change: (grant: Grant) => Grant) => void;
  removeGrant: (i: number) => void;
  freshShape: (kind: GrantKind) => Promise<GrantShape>;
}) {
  const { t } = useI18n();
  const vocabulary = useVocabulary();
  const path = (leaf: string) => `grants[${i}].${leaf}`;
  const shape = g.shape;
  const setShape = (next: GrantShape) => {
    changeGrant(i, (current) => ({ ...current, shape: next }));
  };
  return (
    <Card className="neutral stack" data-grant={i}>
      <Heading level={2} data-size="xs">
        {t("grants.grantN", { n: i + 1 })}
      </Heading>
      <TextField
        id={fieldId(path("name"))}
        label={t("field.grant.name")}
        value={g.name}
        error={errorFor(path("name"))}
        onChange={(e) => {
          const name = e.target.value;
          changeGrant(i, (current) => ({ ...current, name }));
        }}
      />
      <TextField
        id={fieldId(path("source"))}
        label={t("field.grant.source")}
        value={g.source}
        error={errorFor(path("source"))}
        onChange={(e) => {
          const source = e.target.value;
          changeGrant(i, (current) => ({ ...current, source }));
        }}
      />
      <Field>
        <Label htmlFor={fieldId(path("shape"))}>{t("field.grant.shape")}</Label>
        <Select
          id={fieldId(path("shape"))}
          value={shape.shape}
          onChange={(e) => {
            void freshShape(e.target.value as GrantKind).then(setShape);
          }}
        >
          {SHAPES.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {vocabulary.grantKind[s.id]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <NumberField
        path={path("firstYear")}
        integerExample="2027"
        label={t("field.grant.firstYear")}
        value={String(g.firstYear)}
        onChange={(value) => {
          if (value !== null && /^\d+$/.test(value))
            changeGrant(i, (current) => ({ ...current, firstYear: Number(value) }));
        }}
        error={errorFor(path("firstYear"))}
        showErrors={showErrors}
      />
      <ShapeEditor
        shape={shape}
        setShape={setShape}
        path={path}
        firstYear={g.firstYear}
        errorFor={errorFor}
        showErrors={showErrors}
      />
      {positions.length > 0 ? (
        <Fieldset>
          <Fieldset.Legend>{t("field.grant.positions")}</Fieldset.Legend>
          <Fieldset.Description>{t("field.grant.positions.description")}</Fieldset.Description>
          {firstWhileOpening(positions, opening, 12).map((p, k) => (
            <Checkbox
              key={p.id}
              id={`${fieldId(path("positionIds"))}-${p.id}`}
              label={t("grants.positionLabel", { n: k + 1, title: p.title })}
              checked={g.positionIds.includes(p.id)}
              onChange={(e) => {
                const checked = e.target.checked;
                changeGrant(i, (current) => ({
                  ...current,
                  positionIds: positions
                    .map((x) => x.id)
                    .filter((id) => (id === p.id ? checked : current.positionIds.includes(id))),
                }));
              }}
            />
          ))}
        </Fieldset>
      ) : null}
      <RemoveButton
        label={t("grants.remove", { n: i + 1 })}
        onRemove={() => {
          removeGrant(i);
        }}
      />
    </Card>
  );
});

/** One number per year from the grant's first year, with a button to add or remove a year. */
function YearList({
  grantPath,
  firstYear,
  values,
  suffix,
  label,
  description,
  onChange,
  errorFor,
  showErrors,
}: {
  grantPath: string;
  firstYear: number;
  values: readonly string[];
  suffix: string;
  label: MessageKey;
  description?: MessageKey;
  onChange: (values: string[]) => void;
  errorFor: (path: string) => string | undefined;
  showErrors: boolean;
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{t("field.grant.schedule")}</Fieldset.Legend>
      {description ? <Fieldset.Description>{t(description)}</Fieldset.Description> : null}
      <div className="year-list">
        {values.map((v, k) => (
          <NumberField
            key={k}
            path={`${grantPath}[${k}]`}
            label={t(label, { year: firstYear + k })}
            suffix={suffix}
            value={v}
            onChange={(value) => {
              if (value !== null) onChange(values.map((x, j) => (j === k ? value : x)));
            }}
            error={errorFor(`${grantPath}[${k}]`)}
            showErrors={showErrors}
          />
        ))}
      </div>
      {errorFor(grantPath) ? <Paragraph data-size="sm">{errorFor(grantPath)}</Paragraph> : null}
      <div className="button-row">
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            onChange([...values, values.at(-1) ?? "0"]);
          }}
        >
          {t("grants.addYear")}
        </Button>
        {values.length > 1 ? (
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              onChange(values.slice(0, -1));
            }}
          >
            {t("grants.removeYear")}
          </Button>
        ) : null}
      </div>
    </Fieldset>
  );
}

function PerFullTimeEditor({
  shape,
  setShape,
  path,
  errorFor,
  showErrors,
}: Omit<ShapeEditorProps<Extract<GrantShape, { shape: "perFullTime" }>>, "firstYear">) {
  const { t } = useI18n();
  return (
    <div className="field-row">
      <AmountField
        {...{ shape, setShape, path, errorFor, showErrors }}
        label="field.grant.amountPerFullTime"
      />
      <NumberField
        path={path("shape.years")}
        integerExample="4"
        label={t("field.grant.years")}
        value={String(shape.years)}
        onChange={(value) => {
          if (value !== null && /^\d+$/.test(value)) setShape({ ...shape, years: Number(value) });
        }}
        error={errorFor(path("shape.years"))}
        showErrors={showErrors}
      />
    </div>
  );
}

/** A sum in kroner for each year of the schedule (stepped, or fixed per year). */
function AmountsEditor<S extends Extract<GrantShape, { shape: "stepped" | "fixedPerYear" }>>({
  shape,
  setShape,
  path,
  firstYear,
  errorFor,
  showErrors,
  label,
  description,
}: ShapeEditorProps<S> & {
  label: MessageKey;
  description?: MessageKey;
}) {
  return (
    <YearList
      grantPath={path("shape.amounts")}
      firstYear={firstYear}
      values={shape.amounts}
      suffix="kr"
      label={label}
      {...(description ? { description } : {})}
      onChange={(amounts) => {
        setShape({ ...shape, amounts });
      }}
      errorFor={errorFor}
      showErrors={showErrors}
    />
  );
}

function ShareOfCostEditor({
  shape,
  setShape,
  path,
  firstYear,
  errorFor,
  showErrors,
}: ShapeEditorProps<Extract<GrantShape, { shape: "shareOfCost" }>>) {
  const { t } = useI18n();
  return (
    <>
      <YearList
        grantPath={path("shape.sharesPercent")}
        firstYear={firstYear}
        values={shape.sharesPercent}
        suffix="%"
        label="field.grant.shareInYear"
        onChange={(sharesPercent) => {
          setShape({ ...shape, sharesPercent });
        }}
        errorFor={errorFor}
        showErrors={showErrors}
      />
      <NumberField
        path={path("shape.yearlyCap")}
        label={t("field.grant.yearlyCap")}
        suffix="kr"
        optional
        value={shape.yearlyCap}
        onChange={(value) => {
          setShape({ ...shape, yearlyCap: value });
        }}
        error={errorFor(path("shape.yearlyCap"))}
        showErrors={showErrors}
      />
    </>
  );
}

/** The one amount of a shape that has one (per full-time post, or a one-off sum). */
function AmountField<S extends Extract<GrantShape, { shape: "perFullTime" | "oneOff" }>>({
  shape,
  setShape,
  path,
  errorFor,
  showErrors,
  label,
}: Omit<ShapeEditorProps<S>, "firstYear"> & { label: MessageKey }) {
  const { t } = useI18n();
  return (
    <NumberField
      path={path("shape.amount")}
      label={t(label)}
      suffix="kr"
      value={shape.amount}
      onChange={(value) => {
        if (value !== null) setShape({ ...shape, amount: value });
      }}
      error={errorFor(path("shape.amount"))}
      showErrors={showErrors}
    />
  );
}
