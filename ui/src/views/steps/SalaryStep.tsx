import {
  Alert,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Tag,
} from "@digdir/designsystemet-react";
import { memo, useEffect, useState } from "react";
import useLatestCallback from "use-latest-callback";

import type { HolidayTerms } from "../../bindings/HolidayTerms";
import type { Position } from "../../bindings/Position";
import type { PositionFigures } from "../../bindings/PositionFigures";
import type { SalaryRange } from "../../bindings/SalaryRange";
import { NumberField } from "../../components/NumberField";
import { PositionCost } from "../../components/PositionCost";
import { fieldId } from "../../fieldPaths";
import { formatDecimal } from "../../format";
import { useI18n, useVocabulary } from "../../i18n";
import { holidayTerms, salaryRange } from "../../ipc";
import type { StepProps } from "./types";
import { firstWhileOpening, useOpening } from "../../useOpening";
import { fieldsToFix } from "../../waitingFor";
import { usePlanLimits } from "../../usePlanLimits";

const MONTHS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;

/** Step 4: salary, wage growth, holiday pay and pension. */
export function SalaryStep({ plan, onChange, errorFor, showErrors, positionFigures }: StepProps) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const opening = useOpening();
  const limits = usePlanLimits();
  const [terms, setTerms] = useState<readonly HolidayTerms[]>([]);
  // The usual range, from Rust (said once there, with its source).
  const [range, setRange] = useState<SalaryRange | null>(null);
  useEffect(() => {
    holidayTerms().then(setTerms, () => {
      setTerms([]);
    });
  }, []);
  useEffect(() => {
    salaryRange(locale).then(setRange, () => {
      setRange(null);
    });
  }, [locale]);
  // The same function from render to render: a post's card redraws only when its own post, its
  // figures or its errors change, not at each keystroke in another post.
  const setPosition = useLatestCallback((i: number, fields: Partial<Position>) => {
    onChange((current) => ({
      ...current,
      positions: current.positions.map((p, k) => (k === i ? { ...p, ...fields } : p)),
    }));
  });

  return (
    <div className="stack">
      <div className="field-row">
        <NumberField
          path="wageGrowthPercent"
          label={t("field.wageGrowthPercent")}
          description={t("field.wageGrowthPercent.description")}
          suffix="%"
          value={plan.wageGrowthPercent}
          onChange={(value) => {
            if (value !== null) onChange((current) => ({ ...current, wageGrowthPercent: value }));
          }}
          error={errorFor("wageGrowthPercent")}
          showErrors={showErrors}
        />
        <Field>
          <Label htmlFor={fieldId("regulationMonth")}>{t("field.regulationMonth")}</Label>
          <Select
            id={fieldId("regulationMonth")}
            value={String(plan.regulationMonth)}
            onChange={(e) => {
              onChange((current) => ({ ...current, regulationMonth: Number(e.target.value) }));
            }}
          >
            {MONTHS.map((month) => (
              <Select.Option key={month} value={month}>
                {vocabulary.month[month]}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Tag data-color="warning" data-size="sm" className="assumption-tag">
        {t("assumption.tag")}
      </Tag>
      {plan.positions.length === 0 ? (
        <Alert data-color="info">{t("salary.noPositions")}</Alert>
      ) : null}
      {firstWhileOpening(plan.positions, opening).map((p, i) => (
        <SalaryPositionCard
          key={p.id}
          position={p}
          index={i}
          terms={terms}
          otpMin={limits?.minOtpPercent ?? null}
          range={range}
          figures={positionFigures.find((f) => f.positionId === p.id)}
          errorFor={errorFor}
          showErrors={showErrors}
          setPosition={setPosition}
        />
      ))}
    </div>
  );
}

/** One post on «Lønn»: salary, seniority, holiday pay, pension, and what the post costs. */
const SalaryPositionCard = memo(function SalaryPositionCard({
  position: p,
  index: i,
  terms,
  otpMin,
  range,
  figures,
  errorFor,
  showErrors,
  setPosition,
}: {
  position: Position;
  index: number;
  terms: readonly HolidayTerms[];
  /** The least OTP pension, percent, from Rust's limits (null until they are read). */
  otpMin: number | null;
  range: SalaryRange | null;
  /** The post's band and cost from Rust: each as soon as what it depends on is valid. */
  figures: PositionFigures | undefined;
  errorFor: (path: string) => string | undefined;
  showErrors: boolean;
  setPosition: (i: number, fields: Partial<Position>) => void;
}) {
  const { t } = useI18n();
  const vocabulary = useVocabulary();
  const path = (leaf: string) => `positions[${i}].${leaf}`;
  const preset = terms.find(
    (x) => x.holidayPayPercent === p.holidayPayPercent && x.holidayWeeks === p.holidayWeeks,
  );
  return (
    <Card className="neutral stack">
      <Heading level={2} data-size="xs">
        {t("salary.positionHeading", { n: i + 1, title: p.title })}
      </Heading>
      <NumberField
        path={path("annualSalary")}
        label={t("field.position.annualSalary")}
        description={
          range
            ? t("field.position.annualSalary.range", {
                range: range.text,
                source: range.source,
                year: range.sourceYear,
              })
            : t("field.position.annualSalary.description")
        }
        suffix="kr"
        value={p.annualSalary}
        onChange={(value) => {
          if (value !== null) setPosition(i, { annualSalary: value });
        }}
        error={errorFor(path("annualSalary"))}
        showErrors={showErrors}
      />
      <SalaryBandView range={range} figures={figures} salaryPath={path("annualSalary")} />
      <NumberField
        path={path("seniorityYears")}
        integerExample="5"
        label={t("field.position.seniorityYears")}
        description={t("field.position.seniorityYears.description")}
        value={String(p.seniorityYears)}
        onChange={(value) => {
          if (value !== null && /^\d+$/.test(value))
            setPosition(i, { seniorityYears: Number(value) });
        }}
        error={errorFor(path("seniorityYears"))}
        showErrors={showErrors}
      />
      <Field>
        <Label htmlFor={fieldId(path("holidayTerms"))}>{t("field.position.holidayTerms")}</Label>
        <Select
          id={fieldId(path("holidayTerms"))}
          value={preset?.id ?? "custom"}
          onChange={(e) => {
            const chosen = terms.find((x) => x.id === e.target.value);
            if (chosen) {
              setPosition(i, {
                holidayPayPercent: chosen.holidayPayPercent,
                holidayWeeks: chosen.holidayWeeks,
              });
            }
          }}
        >
          {terms.map((x) => (
            <Select.Option key={x.id} value={x.id}>
              {vocabulary.holidayTerms[x.id]}
            </Select.Option>
          ))}
          <Select.Option value="custom">{t("holiday.custom")}</Select.Option>
        </Select>
      </Field>
      <div className="field-row">
        <NumberField
          path={path("holidayPayPercent")}
          label={t("field.position.holidayPayPercent")}
          suffix="%"
          value={p.holidayPayPercent}
          onChange={(value) => {
            if (value !== null) setPosition(i, { holidayPayPercent: value });
          }}
          error={errorFor(path("holidayPayPercent"))}
          showErrors={showErrors}
        />
        <NumberField
          path={path("holidayWeeks")}
          label={t("field.position.holidayWeeks")}
          value={p.holidayWeeks}
          onChange={(value) => {
            if (value !== null) setPosition(i, { holidayWeeks: value });
          }}
          error={errorFor(path("holidayWeeks"))}
          showErrors={showErrors}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t("field.position.pensionScheme")}</Fieldset.Legend>
        <Radio
          name={`pension-${p.id}`}
          id={fieldId(path("pensionPublic"))}
          label={vocabulary.pensionScheme.public}
          value="public"
          checked={p.pensionScheme === "public"}
          onChange={() => {
            setPosition(i, { pensionScheme: "public", pensionRateConfirmed: false });
          }}
        />
        <Radio
          name={`pension-${p.id}`}
          id={fieldId(path("pensionOtp"))}
          label={vocabulary.pensionScheme.otp}
          value="otp"
          checked={p.pensionScheme === "otp"}
          onChange={() => {
            setPosition(i, { pensionScheme: "otp", pensionRateConfirmed: true });
          }}
        />
      </Fieldset>
      <NumberField
        path={path("pensionPercent")}
        label={t("field.position.pensionPercent")}
        description={
          p.pensionScheme === "public"
            ? t("pension.public.description")
            : otpMin !== null
              ? t("pension.otp.description", { min: otpMin })
              : undefined
        }
        suffix="%"
        value={p.pensionPercent}
        onChange={(value) => {
          if (value !== null) setPosition(i, { pensionPercent: value });
        }}
        error={errorFor(path("pensionPercent"))}
        showErrors={showErrors}
      />
      {p.pensionScheme === "public" ? (
        <Checkbox
          id={fieldId(path("pensionRateConfirmed"))}
          label={t("field.position.pensionRateConfirmed")}
          checked={p.pensionRateConfirmed}
          onChange={(e) => {
            setPosition(i, { pensionRateConfirmed: e.target.checked });
          }}
        />
      ) : null}
      {p.pensionScheme === "public" && !p.pensionRateConfirmed ? (
        <Tag data-color="warning" data-size="sm" className="assumption-tag">
          {t("pension.assumed")}
        </Tag>
      ) : null}
      <PositionCost figures={figures} positionId={p.id} />
    </Card>
  );
});

/** The salary as a marker on a bar from 200 000 to 800 000 kr, the typical range shaded. The
 * geometry comes from Rust, from the salary alone; the sentence below says the same in words. */
function SalaryBandView({
  range,
  figures,
  salaryPath,
}: {
  range: SalaryRange | null;
  figures: PositionFigures | undefined;
  salaryPath: string;
}) {
  const { t, locale } = useI18n();
  const band = figures?.band ?? null;
  if (figures && band === null) {
    // The salary typed is not a valid one yet: no marker and no verdict, and which field.
    return (
      <div className="salary-band" data-waiting="true">
        <Paragraph data-size="sm">
          {t("salary.band.waiting", { fields: fieldsToFix([salaryPath], t) })}
        </Paragraph>
      </div>
    );
  }
  const outside = band !== null && !band.inside;
  return (
    <div className="salary-band" data-outside={outside}>
      {band && range ? (
        <div className="band-track" aria-hidden="true">
          <div
            className="band-range"
            style={{
              left: `${band.rangeStartPercent}%`,
              width: `calc(${band.rangeEndPercent}% - ${band.rangeStartPercent}%)`,
            }}
          />
          <div className="band-marker" style={{ left: `${band.markerPercent}%` }} />
          <span className="band-label band-label-start">
            {formatDecimal(range.scaleMin, locale)}
          </span>
          <span className="band-label band-label-lo" style={{ left: `${band.rangeStartPercent}%` }}>
            {formatDecimal(range.min, locale)}
          </span>
          <span className="band-label band-label-hi" style={{ left: `${band.rangeEndPercent}%` }}>
            {formatDecimal(range.max, locale)}
          </span>
          <span className="band-label band-label-end">{formatDecimal(range.scaleMax, locale)}</span>
        </div>
      ) : null}
      {range && band ? (
        <Paragraph data-size="sm">
          {t(outside ? "salary.band.outside" : "salary.band.inside", {
            range: range.text,
          })}
        </Paragraph>
      ) : null}
    </div>
  );
}
