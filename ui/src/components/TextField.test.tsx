import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { beforeAll, describe, expect, it } from "vitest";

import { I18nProvider, loadLocale } from "../i18n";
import { TextField } from "./TextField";

/** A field whose value lives in state, as the wizard's do; `seen` records every value. */
function Field({ initial, lines, seen }: { initial: string; lines?: boolean; seen: string[] }) {
  const [value, setValue] = useState(initial);
  const change = (next: string) => {
    seen.push(next);
    setValue(next);
  };
  return lines ? (
    <TextField
      multiline
      id="note"
      label="Notat"
      value={value}
      onChange={(e) => {
        change(e.target.value);
      }}
    />
  ) : (
    <TextField
      id="title"
      label="Stillingstittel"
      value={value}
      onChange={(e) => {
        change(e.target.value);
      }}
    />
  );
}

function show(initial: string, lines = false) {
  const seen: string[] = [];
  render(
    <I18nProvider initialLocale="nb">
      <Field initial={initial} lines={lines} seen={seen} />
    </I18nProvider>,
  );
  return seen;
}

/** Pastes `text` over the field's selection from `start` to `end`. */
function paste(
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
  start: number,
  end = start,
) {
  field.focus();
  field.setSelectionRange(start, end);
  fireEvent.paste(field, { clipboardData: { getData: () => text } });
}

beforeAll(async () => {
  await loadLocale("nb");
});

describe("a name or note field keeps hidden characters out", () => {
  it("cleans pasted text where it lands and says so", () => {
    const seen = show("Erfaringskonsulent ");
    const field = screen.getByLabelText<HTMLInputElement>("Stillingstittel");
    paste(field, "\u202eevil\tteam\u200b", 19);
    expect(field.value).toBe("Erfaringskonsulent evil team");
    expect(seen).toEqual(["Erfaringskonsulent evil team"]);
    expect(field.selectionStart).toBe(28);
    expect(screen.getByRole("status").textContent).toBe(
      "Teksten du limte inn hadde 3 skjulte tegn (som tabulatorer, linjeskift eller usynlige tegn). De er fjernet.",
    );
    expect(screen.queryByRole("button", { name: "Fjern skjulte tegn" })).toBeNull();
  });

  it("replaces the selection, and leaves clean text to the browser", () => {
    const seen = show("Kari Nordmann");
    const field = screen.getByLabelText<HTMLInputElement>("Stillingstittel");
    paste(field, "Ola\u0000", 0, 4);
    expect(field.value).toBe("Ola Nordmann");
    expect(screen.getByRole("status").textContent).toContain("ett skjult tegn");
    paste(field, "Per", 0, 3);
    // Clean text is the browser's own paste (not run by jsdom): nothing changed here, and the
    // note from the last paste is gone.
    expect(seen).toEqual(["Ola Nordmann"]);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("keeps line breaks in a note and makes Windows' into one", () => {
    show("", true);
    const field = screen.getByLabelText<HTMLTextAreaElement>("Notat");
    paste(field, "Linje en\r\nlinje to\u2028tre", 0);
    expect(field.value).toBe("Linje en\nlinje to\ntre");
  });

  it("offers to remove what an imported plan brought, and the button goes when it is done", () => {
    const seen = show("Bydel\u200bNord\u202e");
    expect(screen.getByLabelText<HTMLInputElement>("Stillingstittel").value).toBe(
      "Bydel\u200bNord\u202e",
    );
    fireEvent.click(screen.getByRole("button", { name: "Fjern skjulte tegn" }));
    const field = screen.getByLabelText<HTMLInputElement>("Stillingstittel");
    expect(seen).toEqual(["BydelNord"]);
    expect(field.value).toBe("BydelNord");
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole("button", { name: "Fjern skjulte tegn" })).toBeNull();
  });
});
