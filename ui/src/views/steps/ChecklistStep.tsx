import {
  Button,
  Card,
  Details,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";

import type { ChecklistEntry } from "../../bindings/ChecklistEntry";
import type { ChecklistPhase } from "../../bindings/ChecklistPhase";
import type { ChecklistStatus } from "../../bindings/ChecklistStatus";
import type { ChecklistTemplate } from "../../bindings/ChecklistTemplate";
import { fieldId } from "../../fieldPaths";
import { useI18n, useVocabulary } from "../../i18n";
import { checklistTemplates, newChecklistEntry } from "../../ipc";
import type { StepProps } from "./types";
import { TextField } from "../../components/TextField";

const CHECKLIST_PHASES: readonly { id: ChecklistPhase }[] = [
  { id: "beforeAdvertising" },
  { id: "recruiting" },
  { id: "hiring" },
  { id: "firstWeeks" },
  { id: "firstYear" },
  { id: "beforeGrantEnds" },
];
const STATUSES: readonly { id: ChecklistStatus }[] = [
  { id: "notStarted" },
  { id: "inProgress" },
  { id: "done" },
  { id: "notRelevant" },
];

/** Step 3: the hiring checklist, phase by phase, with progress. */
export function ChecklistStep({ plan, onChange, errorFor, invalid, checklistProgress }: StepProps) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const [templates, setTemplates] = useState<readonly ChecklistTemplate[]>([]);
  const [newTitles, setNewTitles] = useState<Partial<Record<ChecklistPhase, string>>>({});
  useEffect(() => {
    checklistTemplates().then(setTemplates, () => {
      setTemplates([]);
    });
  }, []);
  const template = (e: ChecklistEntry) => templates.find((x) => x.id === e.templateId);
  const title = (e: ChecklistEntry) => {
    const tpl = template(e);
    if (!tpl) return e.title;
    return locale === "nb" ? tpl.titleNb : tpl.titleEn;
  };
  const setEntry = (id: string, fields: Partial<ChecklistEntry>) => {
    onChange((current) => ({
      ...current,
      checklist: current.checklist.map((e) => (e.id === id ? { ...e, ...fields } : e)),
    }));
  };
  const addOwn = async (phase: ChecklistPhase) => {
    const text = (newTitles[phase] ?? "").trim();
    if (text === "") return;
    // Rust picks the id, as it does for every other new thing in a plan.
    const entry = await newChecklistEntry(plan, phase, text);
    onChange((current) =>
      current.checklist.some((e) => e.id === entry.id)
        ? current
        : { ...current, checklist: [...current.checklist, entry] },
    );
    setNewTitles((prev) => ({ ...prev, [phase]: "" }));
  };

  // Which phases are open. At first only the first phase with work left is: the whole list is
  // some seventy fields, and a keyboard user reaches each phase with one Tab.
  const [opened, setOpened] = useState<Partial<Record<ChecklistPhase, boolean>>>(() => {
    const first = checklistProgress.find(({ done, relevant }) => done < relevant);
    return first ? { [first.phase]: true } : {};
  });
  return (
    <div className="stack">
      {CHECKLIST_PHASES.map((phase) => {
        const entries = plan.checklist
          .map((e, index) => ({ e, index }))
          .filter(({ e }) => e.phase === phase.id);
        const progress = checklistProgress.find((p) => p.phase === phase.id);
        // A phase with an error in it stays open, so the error summary's link has a field.
        const hasError = entries.some(({ index }) =>
          ["title", "owner", "due", "note", "status"].some((leaf) =>
            invalid(`checklist[${index}].${leaf}`),
          ),
        );
        const open = hasError || opened[phase.id] === true;
        return (
          <section
            key={phase.id}
            className="stack checklist-phase"
            aria-labelledby={`phase-${phase.id}`}
          >
            <Heading level={2} data-size="sm" id={`phase-${phase.id}`}>
              <button
                type="button"
                className="phase-toggle"
                id={`toggle-${phase.id}`}
                aria-expanded={open}
                aria-controls={`items-${phase.id}`}
                onClick={() => {
                  setOpened((prev) => ({ ...prev, [phase.id]: !open }));
                }}
              >
                <span aria-hidden="true" className="phase-chevron">
                  {open ? "▾" : "▸"}
                </span>
                {vocabulary.checklistPhase[phase.id]}
              </button>
            </Heading>
            {progress ? (
              <Paragraph data-size="sm" id={`progress-${phase.id}`}>
                {t("checklist.progress", { done: progress.done, total: progress.relevant })}
              </Paragraph>
            ) : null}
            {open ? (
              <div className="stack" id={`items-${phase.id}`}>
                {entries.map(({ e, index }) => {
                  const path = (leaf: string) => `checklist[${index}].${leaf}`;
                  const tpl = template(e);
                  return (
                    <Card
                      key={e.id}

                      className="neutral checklist-item"
                      data-status={e.status}
                    >
                      <Card.Block className="stack">
                        {tpl ? (
                          <Heading level={3} data-size="2xs">
                            {title(e)}
                          </Heading>
                        ) : (
                          <TextField
                            id={fieldId(path("title"))}
                            label={t("checklist.ownTitle")}
                            value={e.title}
                            error={errorFor(path("title"))}
                            onChange={(ev) => {
                              setEntry(e.id, { title: ev.target.value });
                            }}
                          />
                        )}
                        {tpl
                          ? // A longer text comes in paragraphs, one per line.
                            (locale === "nb" ? tpl.whyNb : tpl.whyEn).split("\n").map((text) => (
                              <Paragraph key={text} data-size="sm">
                                {text}
                              </Paragraph>
                            ))
                          : null}
                        <Field>
                          <Label htmlFor={fieldId(path("status"))}>
                            {t("checklist.status", { item: title(e) })}
                          </Label>
                          <Select
                            id={fieldId(path("status"))}
                            value={e.status}
                            onChange={(ev) => {
                              setEntry(e.id, { status: ev.target.value as ChecklistStatus });
                            }}
                          >
                            {STATUSES.map((s) => (
                              <Select.Option key={s.id} value={s.id}>
                                {vocabulary.checklistStatus[s.id]}
                              </Select.Option>
                            ))}
                          </Select>
                        </Field>
                      </Card.Block>
                      <Details>
                        <Details.Summary>
                          {e.owner || e.due || e.note
                            ? t("checklist.detailsFilled")
                            : t("checklist.details")}
                        </Details.Summary>
                        <Details.Content className="stack">
                          <TextField
                            id={fieldId(path("owner"))}
                            label={t("checklist.owner")}
                            value={e.owner}
                            error={errorFor(path("owner"))}
                            onChange={(ev) => {
                              setEntry(e.id, { owner: ev.target.value });
                            }}
                          />
                          <Textfield
                            id={fieldId(path("due"))}
                            type="date"
                            label={t("checklist.due")}
                            value={e.due}
                            error={errorFor(path("due"))}
                            onChange={(ev) => {
                              setEntry(e.id, { due: ev.target.value });
                            }}
                          />
                          <TextField
                            multiline
                            rows={3}
                            id={fieldId(path("note"))}
                            label={t("checklist.note")}
                            value={e.note}
                            error={errorFor(path("note"))}
                            onChange={(ev) => {
                              setEntry(e.id, { note: ev.target.value });
                            }}
                          />
                        </Details.Content>
                      </Details>
                      {tpl ? null : (
                        <Card.Block>
                          <Button
                            variant="tertiary"
                            data-color="danger"
                            data-size="sm"
                            onClick={() => {
                              onChange((current) => ({
                                ...current,
                                checklist: current.checklist.filter((x) => x.id !== e.id),
                              }));
                            }}
                          >
                            {t("checklist.remove", { item: e.title })}
                          </Button>
                        </Card.Block>
                      )}
                    </Card>
                  );
                })}
                <div className="add-own">
                  <TextField
                    id={`new-item-${phase.id}`}
                    label={t("checklist.addOwn.label", {
                      phase: vocabulary.checklistPhase[phase.id],
                    })}
                    value={newTitles[phase.id] ?? ""}
                    onChange={(ev) => {
                      setNewTitles((prev) => ({ ...prev, [phase.id]: ev.target.value }));
                    }}
                    onKeyDown={(ev) => {
                      if (ev.key === "Enter") {
                        ev.preventDefault();
                        void addOwn(phase.id);
                      }
                    }}
                  />
                  <Button
                    variant="secondary"
                    data-size="sm"
                    id={`add-item-${phase.id}`}
                    onClick={() => {
                      void addOwn(phase.id);
                    }}
                  >
                    {t("checklist.addOwn")}
                  </Button>
                </div>
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
