import {
  Checkbox,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Select,
  Table,
  Field,
  Label,
} from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";

import type { AgaRates } from "../../bindings/AgaRates";
import type { AgaZone } from "../../bindings/AgaZone";
import type { OrganisationKind } from "../../bindings/OrganisationKind";
import { NumberField } from "../../components/NumberField";
import { fieldId } from "../../fieldPaths";
import { formatDate, formatPercent } from "../../format";
import { useI18n, useVocabulary } from "../../i18n";
import { agaRates } from "../../ipc";
import type { StepProps } from "./types";
import { TextField } from "../../components/TextField";
import { usePlanLimits } from "../../usePlanLimits";

const KINDS: readonly { id: OrganisationKind }[] = [
  { id: "municipality" },
  { id: "healthTrust" },
  { id: "private" },
];

/** Step 1: who is hiring, the AGA zone, and which years the plan covers. */
export function OrganisationStep({ plan, onChange, errorFor, showErrors }: StepProps) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const limits = usePlanLimits();
  const org = plan.organisation;
  const setOrg = (fields: Partial<typeof org>) => {
    onChange((current) => ({ ...current, organisation: { ...current.organisation, ...fields } }));
  };
  const rates = useAgaRates(plan.firstYear);
  const rateOf = (zone: AgaZone) => rates?.zones.find((z) => z.zone === zone)?.ratePercent;

  return (
    <div className="stack">
      <TextField
        id={fieldId("name")}
        label={t("field.name")}
        description={t("field.name.description")}
        value={plan.name}
        error={errorFor("name")}
        onChange={(e) => {
          onChange((current) => ({ ...current, name: e.target.value }));
        }}
      />
      <TextField
        id={fieldId("organisation.name")}
        label={t("field.orgName")}
        description={t("field.orgName.description")}
        value={org.name}
        error={errorFor("organisation.name")}
        onChange={(e) => {
          setOrg({ name: e.target.value });
        }}
      />
      <Fieldset>
        <Fieldset.Legend>{t("field.orgKind")}</Fieldset.Legend>
        {KINDS.map((k) => (
          <Radio
            key={k.id}
            name="org-kind"
            id={`org-kind-${k.id}`}
            label={vocabulary.organisationKind[k.id]}
            value={k.id}
            checked={org.kind === k.id}
            onChange={() => {
              setOrg({ kind: k.id });
            }}
          />
        ))}
      </Fieldset>
      <TextField
        id={fieldId("organisation.municipality")}
        label={t("field.municipality")}
        value={org.municipality ?? ""}
        error={errorFor("organisation.municipality")}
        onChange={(e) => {
          setOrg({ municipality: e.target.value === "" ? null : e.target.value });
        }}
      />

      <Field>
        <Label htmlFor={fieldId("organisation.agaZone")}>{t("field.agaZone")}</Label>
        <Field.Description>{t("field.agaZone.description")}</Field.Description>
        <Select
          id={fieldId("organisation.agaZone")}
          value={org.agaZone}
          onChange={(e) => {
            const zone = e.target.value as AgaZone;
            setOrg({ agaZone: zone, fribelopUsedUp: zone === "1a" ? org.fribelopUsedUp : false });
          }}
        >
          {(["1", "1a", "2", "3", "4", "4a", "5"] as const).map((zone) => {
            const rate = rateOf(zone);
            return (
              <Select.Option key={zone} value={zone}>
                {t("aga.zoneName", { zone })}
                {rate === undefined ? "" : ` – ${formatPercent(rate, locale)}`}
              </Select.Option>
            );
          })}
        </Select>
      </Field>
      <Details>
        <Details.Summary>{t("aga.help.summary")}</Details.Summary>
        <Details.Content>
          <Paragraph data-size="sm">{t("aga.help.text")}</Paragraph>
          {rates ? <AgaTable rates={rates} /> : null}
        </Details.Content>
      </Details>
      {org.agaZone === "1a" ? (
        <Checkbox
          id={fieldId("organisation.fribelopUsedUp")}
          label={t("field.fribelopUsedUp")}
          description={t("field.fribelopUsedUp.description")}
          checked={org.fribelopUsedUp}
          onChange={(e) => {
            setOrg({ fribelopUsedUp: e.target.checked });
          }}
        />
      ) : null}
      <NumberField
        path="organisation.agaRateOverride"
        label={t("field.agaRateOverride")}
        description={t("field.agaRateOverride.description")}
        suffix="%"
        optional
        value={org.agaRateOverride}
        onChange={(value) => {
          setOrg({ agaRateOverride: value });
        }}
        error={errorFor("organisation.agaRateOverride")}
        showErrors={showErrors}
      />

      <div className="field-row">
        <NumberField
          path="firstYear"
          integerExample="2027"
          label={t("field.firstYear")}
          value={String(plan.firstYear)}
          onChange={(value) => {
            if (value !== null && /^\d+$/.test(value))
              onChange((current) => ({ ...current, firstYear: Number(value) }));
          }}
          error={errorFor("firstYear")}
          showErrors={showErrors}
        />
        <NumberField
          path="horizonYears"
          integerExample="10"
          label={t("field.horizonYears")}
          description={
            limits
              ? t("field.horizonYears.description", {
                  min: limits.minHorizonYears,
                  max: limits.maxHorizonYears,
                })
              : undefined
          }
          value={String(plan.horizonYears)}
          onChange={(value) => {
            if (value !== null && /^\d+$/.test(value))
              onChange((current) => ({ ...current, horizonYears: Number(value) }));
          }}
          error={errorFor("horizonYears")}
          showErrors={showErrors}
        />
      </div>
      {rates ? (
        <Paragraph data-size="xs" id="aga-source">
          {rates.assumed
            ? t("aga.assumed", { year: rates.year, tableYear: rates.tableYear })
            : null}{" "}
          {t("aga.source", {
            source: locale === "en" ? rates.sourceEn : rates.source,
            validFrom: formatDate(rates.validFrom, locale),
          })}
        </Paragraph>
      ) : null}
    </div>
  );
}

/** The rates for the plan's first year from Rust's table; null while loading or for a year
 * without rates (the year field then shows the error). */
function useAgaRates(year: number): AgaRates | null {
  const [rates, setRates] = useState<AgaRates | null>(null);
  useEffect(() => {
    let live = true;
    agaRates(year).then(
      (r) => {
        if (live) setRates(r);
      },
      () => {
        if (live) setRates(null);
      },
    );
    return () => {
      live = false;
    };
  }, [year]);
  return rates;
}

function AgaTable({ rates }: { rates: AgaRates }) {
  const { t, locale } = useI18n();
  return (
    <section className="stack" aria-labelledby="aga-heading" id="aga-rates">
      <Heading level={3} data-size="2xs" id="aga-heading">
        {t("aga.heading", { year: rates.year })}
      </Heading>
      <Table data-size="sm" zebra className="aga-table">
        <caption>{t("aga.caption", { year: rates.year })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("aga.zone")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("aga.rate")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rates.zones.map((z) => (
            <Table.Row key={z.zone} data-zone={z.zone}>
              <Table.Cell>{t("aga.zoneName", { zone: z.zone })}</Table.Cell>
              <Table.Cell className="num">{formatPercent(z.ratePercent, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Paragraph data-size="xs">{t("aga.zone1aNote")}</Paragraph>
    </section>
  );
}
