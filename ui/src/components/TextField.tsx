/**
 * A field for a name or a note: Designsystemet's Textfield, which keeps hidden characters out
 * (see `pastedText.ts`). Pasted text is cleaned before it lands — a tab or a line break in a
 * one-line field becomes a space, control, direction and invisible characters are left out — and
 * a line under the field says so. A field that already holds such characters (from an imported
 * file) offers «Fjern skjulte tegn», beside the error Rust gives it.
 */
import { Button, Textfield, type TextfieldProps } from "@digdir/designsystemet-react";
import { useRef, useState, type ClipboardEvent } from "react";

import { useI18n } from "../i18n";
import { cleanPasted, firstHidden } from "../pastedText";

type Element = HTMLInputElement | HTMLTextAreaElement;

/** Sets `el`'s value as typing would, so React's onChange sees it. */
function setValue(el: Element, value: string, caret: number): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, "value")?.set?.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.setSelectionRange(caret, caret);
}

/** `text` put in place of `el`'s selection: as the browser's own edit where it can (so undo
 * takes it back), otherwise by setting the value. */
function insert(el: Element, text: string): void {
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  // execCommand is the one way to edit a field that the browser's undo knows of; jsdom has none.
  /* eslint-disable @typescript-eslint/no-deprecated */
  const done =
    typeof document.execCommand === "function" && document.execCommand("insertText", false, text);
  /* eslint-enable @typescript-eslint/no-deprecated */
  if (!done)
    setValue(el, el.value.slice(0, start) + text + el.value.slice(end), start + text.length);
}

/** Textfield's props; the paste is the field's own (an `onPaste` given is not called). */
export function TextField(props: TextfieldProps) {
  const { t } = useI18n();
  const own = useRef<Element | null>(null);
  const [cleaned, setCleaned] = useState(0);
  const lines = props.multiline === true;
  const value = typeof props.value === "string" ? props.value : "";
  const hidden = firstHidden(value, lines) !== null;

  const paste = (event: ClipboardEvent<Element>) => {
    const text = event.clipboardData.getData("text/plain");
    const result = cleanPasted(text, lines);
    setCleaned(result.changed);
    if (result.changed === 0) return;
    event.preventDefault();
    insert(event.currentTarget, result.text);
  };

  const id = props.id ?? "";
  return (
    <>
      <Textfield {...props} ref={own} onPaste={paste} />
      {cleaned > 0 ? (
        <p className="paste-note" role="status" id={`${id}-paste-note`}>
          {t(cleaned === 1 ? "paste.cleaned.one" : "paste.cleaned.many", { count: cleaned })}
        </p>
      ) : null}
      {hidden ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            id={`${id}-remove-hidden`}
            onClick={() => {
              const el = own.current;
              if (!el) return;
              const next = cleanPasted(el.value, lines);
              setValue(el, next.text, next.text.length);
              setCleaned(0);
              el.focus();
            }}
          >
            {t("field.removeHidden")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
