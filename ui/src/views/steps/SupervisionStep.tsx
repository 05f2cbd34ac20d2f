import {
  Alert,
  Card,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from "@digdir/designsystemet-react";

import type { CostBasis } from "../../bindings/CostBasis";
import type { CostBasisKind } from "../../bindings/CostBasisKind";
import type { CostCategory } from "../../bindings/CostCategory";
import type { CostItem } from "../../bindings/CostItem";
import { AddButtons, RemoveButton } from "../../components/ListButtons";
import { NumberField } from "../../components/NumberField";
import { fieldId } from "../../fieldPaths";
import { formatDecimal, formatNok } from "../../format";
import { useI18n, useVocabulary } from "../../i18n";
import type { MessageKey } from "../../i18n/messages";
import { newCostItem, switchCostBasis } from "../../ipc";
import { roomFor, usePlanLimits } from "../../usePlanLimits";
import type { StepProps } from "./types";
import { TextField } from "../../components/TextField";

const CATEGORIES: readonly { id: CostCategory }[] = [
  { id: "supervision" },
  { id: "network" },
  { id: "training" },
  { id: "travel" },
  { id: "equipment" },
  { id: "other" },
];
/** Every way Rust knows to make up a cost, with its name: one missing here does not compile. */
const BASIS_NAMES: { readonly [K in CostBasisKind]: MessageKey } = {
  perSession: "basis.perSession",
  perHour: "basis.perHour",
  perYear: "basis.perYear",
  once: "basis.once",
};
const BASES = (Object.keys(BASIS_NAMES) as CostBasisKind[]).map((id) => ({
  id,
  key: BASIS_NAMES[id],
}));

/** Step 6: supervision, follow-up, networks and training, with yearly hours and cost. */
export function SupervisionStep({ plan, onChange, errorFor, showErrors, projection }: StepProps) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const limits = usePlanLimits();
  const setItem = (i: number, item: CostItem) => {
    onChange((current) => ({
      ...current,
      costItems: current.costItems.map((c, k) => (k === i ? item : c)),
    }));
  };
  const add = async (category: CostCategory) => {
    const item = await newCostItem(plan, category);
    onChange((current) =>
      current.costItems.some((c) => c.id === item.id)
        ? current
        : { ...current, costItems: [...current.costItems, item] },
    );
  };
  const supervision = plan.costItems.filter((c) => c.category === "supervision");
  // Rust decides what "less than monthly" is; the step only shows it.
  const rare = (projection?.warnings ?? []).some((w) => w.kind === "supervisionLessThanMonthly");

  return (
    <div className="stack">
      {supervision.length === 0 ? (
        // Advice only: that supervision is missing, the notice at the top of the step says.
        <Alert data-color="info" id="no-supervision">
          {t("supervision.none")}
        </Alert>
      ) : rare ? (
        <Alert data-color="info" id="rare-supervision">
          {t("supervision.rare")}
        </Alert>
      ) : null}
      {plan.costItems.map((c, i) => {
        const path = (leaf: string) => `costItems[${i}].${leaf}`;
        const first = projection?.costItemsFirstYear.find((x) => x.itemId === c.id);
        const b = c.basis;
        const setBasis = (basis: CostBasis) => {
          setItem(i, { ...c, basis });
        };
        // Rust makes up the new basis (keeping the yearly amount where it can); the item is
        // found again by id, as the user may have moved on while it answered.
        const switchBasis = async (to: CostBasisKind) => {
          const basis = await switchCostBasis(b, to);
          onChange((current) => ({
            ...current,
            costItems: current.costItems.map((x) => (x.id === c.id ? { ...x, basis } : x)),
          }));
        };
        const num = (
          leaf: string,
          label: MessageKey,
          value: string,
          set: (v: string) => void,
          suffix?: string,
          description?: MessageKey,
        ) => (
          <NumberField
            path={path(`basis.${leaf}`)}
            label={t(label)}
            {...(suffix ? { suffix } : {})}
            {...(description ? { description: t(description) } : {})}
            value={value}
            onChange={(v) => {
              if (v !== null) set(v);
            }}
            error={errorFor(path(`basis.${leaf}`))}
            showErrors={showErrors}
          />
        );
        return (
          <Card key={c.id} className="neutral stack" data-item={i}>
            <Heading level={2} data-size="xs">
              {c.name || t("supervision.itemN", { n: i + 1 })}
            </Heading>
            <div className="field-row">
              <Field>
                <Label htmlFor={fieldId(path("category"))}>{t("field.item.category")}</Label>
                <Select
                  id={fieldId(path("category"))}
                  value={c.category}
                  onChange={(e) => {
                    setItem(i, { ...c, category: e.target.value as CostCategory });
                  }}
                >
                  {CATEGORIES.map((x) => (
                    <Select.Option key={x.id} value={x.id}>
                      {vocabulary.costCategory[x.id]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={fieldId(path("basis"))}>{t("field.item.basis")}</Label>
                <Select
                  id={fieldId(path("basis"))}
                  value={b.basis}
                  onChange={(e) => {
                    void switchBasis(e.target.value as CostBasisKind);
                  }}
                >
                  {BASES.map((x) => (
                    <Select.Option key={x.id} value={x.id}>
                      {t(x.key)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            </div>
            <TextField
              id={fieldId(path("name"))}
              label={t("field.item.name")}
              description={t("field.item.name.description")}
              value={c.name}
              error={errorFor(path("name"))}
              onChange={(e) => {
                setItem(i, { ...c, name: e.target.value });
              }}
            />
            <div className="field-row">
              {(() => {
                // One case per way of making up a cost; a way Rust adds is a type error below.
                switch (b.basis) {
                  case "perSession":
                    return (
                      <>
                        {num(
                          "price",
                          "field.item.price",
                          b.price,
                          (v) => {
                            setBasis({ ...b, price: v });
                          },
                          "kr",
                        )}
                        {num(
                          "sessionsPerYear",
                          "field.item.sessionsPerYear",
                          b.sessionsPerYear,
                          (v) => {
                            setBasis({ ...b, sessionsPerYear: v });
                          },
                        )}
                        {num(
                          "hoursPerSession",
                          "field.item.hoursPerSession",
                          b.hoursPerSession,
                          (v) => {
                            setBasis({ ...b, hoursPerSession: v });
                          },
                          undefined,
                          "field.item.hoursPerSession.description",
                        )}
                      </>
                    );
                  case "perHour":
                    return (
                      <>
                        {num(
                          "rate",
                          "field.item.rate",
                          b.rate,
                          (v) => {
                            setBasis({ ...b, rate: v });
                          },
                          "kr",
                        )}
                        {num("hoursPerYear", "field.item.hoursPerYear", b.hoursPerYear, (v) => {
                          setBasis({ ...b, hoursPerYear: v });
                        })}
                      </>
                    );
                  case "perYear":
                  case "once":
                    return num(
                      "amount",
                      "field.item.amount",
                      b.amount,
                      (v) => {
                        setBasis({ ...b, amount: v });
                      },
                      "kr",
                    );
                  default: {
                    const missing: never = b;
                    return missing;
                  }
                }
              })()}
            </div>
            {c.positionId === null ? (
              <Checkbox
                id={fieldId(path("perPosition"))}
                label={t("field.item.perPosition")}
                description={t("field.item.perPosition.description")}
                checked={c.perPosition}
                onChange={(e) => {
                  setItem(i, { ...c, perPosition: e.target.checked });
                }}
              />
            ) : null}
            <Checkbox
              id={fieldId(path("internal"))}
              label={t("field.item.internal")}
              description={t("field.item.internal.description")}
              checked={c.internal}
              onChange={(e) => {
                setItem(i, { ...c, internal: e.target.checked });
              }}
            />
            {c.internal ? (
              <Checkbox
                id={fieldId(path("includeInternalCost"))}
                label={t("field.item.includeInternalCost")}
                checked={c.includeInternalCost}
                onChange={(e) => {
                  setItem(i, { ...c, includeInternalCost: e.target.checked });
                }}
              />
            ) : null}
            {first ? (
              <Paragraph data-size="sm" className="item-summary">
                {t("supervision.firstYear", {
                  year: plan.firstYear,
                  hours: formatDecimal(first.hours, locale),
                  cost: formatNok(first.cost, locale),
                })}
              </Paragraph>
            ) : null}
            <RemoveButton
              label={t("supervision.remove", { name: c.name || String(i + 1) })}
              onRemove={() => {
                onChange((current) => ({
                  ...current,
                  costItems: current.costItems.filter((_, k) => k !== i),
                }));
              }}
            />
          </Card>
        );
      })}
      <AddButtons
        kinds={CATEGORIES.map((x) => ({
          id: x.id,
          label: t("supervision.add", { category: vocabulary.costCategory[x.id] }),
        }))}
        idPrefix="add-item"
        full={!roomFor(plan.costItems.length, limits?.maxCostItems)}
        onAdd={(kind) => void add(kind)}
      />
      <NumberField
        path="priceGrowthPercent"
        label={t("field.priceGrowthPercent")}
        description={t("field.priceGrowthPercent.description")}
        suffix="%"
        value={plan.priceGrowthPercent}
        onChange={(value) => {
          if (value !== null) onChange((current) => ({ ...current, priceGrowthPercent: value }));
        }}
        error={errorFor("priceGrowthPercent")}
        showErrors={showErrors}
      />
    </div>
  );
}
