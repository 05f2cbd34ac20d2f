import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  Table,
  Textfield,
} from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";

import type { AgaRates } from "../bindings/AgaRates";
import type { ErrorReport } from "../bindings/ErrorReport";
import type { Plan } from "../bindings/Plan";
import { errorText } from "../errors";
import { formatDate, formatPercent } from "../format";
import { useI18n } from "../i18n";
import { agaRates, checkPlan, type IpcError, toIpcError } from "../ipc";

type FieldName = "name" | "firstYear" | "horizonYears";
const WHOLE_NUMBER = /^\s*\d{1,6}\s*$/;

/** Step 1: who is hiring and which years the plan covers. Rust validates. Errors stay hidden
 * until the user first tries to move on (`showSummary`): then every error shows beside its field
 * and in the summary, which takes focus, and from then on they follow what the user types.
 * (Errors appearing on blur would shift the buttons under the pointer mid-click.) */
export function OrganisationStep({
  plan,
  onChange,
  showSummary,
  onErrorCount,
}: {
  plan: Plan;
  onChange: (plan: Plan) => void;
  showSummary: boolean;
  onErrorCount: (count: number) => void;
}) {
  const { t } = useI18n();
  // Number fields keep what the user typed, even when it is not a number yet.
  const [drafts, setDrafts] = useState({
    firstYear: String(plan.firstYear),
    horizonYears: String(plan.horizonYears),
  });
  const [reports, setReports] = useState<readonly ErrorReport[]>([]);

  useEffect(() => {
    let live = true;
    checkPlan(plan).then(
      (found) => {
        if (live) setReports(found);
      },
      (reason: unknown) => {
        if (live) setReports([toIpcError(reason).report()]);
      },
    );
    return () => {
      live = false;
    };
  }, [plan]);

  const localErrors: Partial<Record<FieldName, string>> = {};
  for (const field of ["firstYear", "horizonYears"] as const) {
    if (!WHOLE_NUMBER.test(drafts[field])) {
      localErrors[field] = t("field.notANumber", { example: field === "firstYear" ? 2027 : 10 });
    }
  }
  const fieldError = (field: FieldName): string | undefined => {
    if (!showSummary) return undefined;
    if (localErrors[field]) return localErrors[field];
    const report = reports.find((r) => r.field === field);
    return report ? errorText(report, t) : undefined;
  };
  const shown = (["name", "firstYear", "horizonYears"] as const)
    .map((field) => ({ field, message: fieldError(field) }))
    .filter((e): e is { field: FieldName; message: string } => e.message !== undefined);

  const errorCount = (["name", "firstYear", "horizonYears"] as const).filter(
    (field) => localErrors[field] !== undefined || reports.some((r) => r.field === field),
  ).length;
  useEffect(() => {
    onErrorCount(errorCount);
  }, [errorCount, onErrorCount]);

  const setNumber = (field: "firstYear" | "horizonYears", text: string) => {
    setDrafts((prev) => ({ ...prev, [field]: text }));
    if (WHOLE_NUMBER.test(text)) onChange({ ...plan, [field]: Number(text.trim()) });
  };

  return (
    <div className="stack">
      {showSummary && shown.length > 0 ? (
        <ErrorSummary id="error-summary">
          <ErrorSummary.Heading>{t("errors.heading")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {shown.map((e) => (
              <ErrorSummary.Item key={e.field}>
                <ErrorSummary.Link href={`#field-${e.field}`}>{e.message}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <Textfield
        id="field-name"
        label={t("field.name")}
        description={t("field.name.description")}
        value={plan.name}
        error={fieldError("name")}
        onChange={(e) => {
          onChange({ ...plan, name: e.target.value });
        }}
      />
      <div className="field-row">
        <Textfield
          id="field-firstYear"
          label={t("field.firstYear")}
          inputMode="numeric"
          autoComplete="off"
          value={drafts.firstYear}
          error={fieldError("firstYear")}
          onChange={(e) => {
            setNumber("firstYear", e.target.value);
          }}
        />
        <Textfield
          id="field-horizonYears"
          label={t("field.horizonYears")}
          description={t("field.horizonYears.description")}
          inputMode="numeric"
          autoComplete="off"
          value={drafts.horizonYears}
          error={fieldError("horizonYears")}
          onChange={(e) => {
            setNumber("horizonYears", e.target.value);
          }}
        />
      </div>
      {localErrors.firstYear || reports.some((r) => r.field === "firstYear") ? null : (
        <AgaTable year={plan.firstYear} />
      )}
    </div>
  );
}

/** The employer-contribution rates for the plan's first year, straight from Rust's table. */
function AgaTable({ year }: { year: number }) {
  const { t, locale } = useI18n();
  const [result, setResult] = useState<{ rates: AgaRates } | { error: IpcError } | null>(null);

  useEffect(() => {
    let live = true;
    agaRates(year).then(
      (rates) => {
        if (live) setResult({ rates });
      },
      (reason: unknown) => {
        if (live) setResult({ error: toIpcError(reason) });
      },
    );
    return () => {
      live = false;
    };
  }, [year]);

  if (result === null) return <Paragraph data-size="sm">{t("aga.loading")}</Paragraph>;
  if ("error" in result) {
    return (
      <Alert data-color="warning" id="aga-error">
        {errorText(result.error.report(), t)}
      </Alert>
    );
  }
  const { rates } = result;
  return (
    <section className="stack" aria-labelledby="aga-heading" id="aga-rates">
      <Heading level={2} data-size="sm" id="aga-heading">
        {t("aga.heading", { year: rates.year })}
      </Heading>
      {rates.assumed ? (
        <Alert data-color="info" data-size="sm" id="aga-assumed">
          {t("aga.assumed", { year: rates.year, tableYear: rates.tableYear })}
        </Alert>
      ) : null}
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
      <Paragraph data-size="xs" id="aga-source">
        {t("aga.source", {
          source: rates.source,
          validFrom: formatDate(rates.validFrom, locale),
        })}
      </Paragraph>
    </section>
  );
}
