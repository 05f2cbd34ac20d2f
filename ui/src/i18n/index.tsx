/**
 * The language context: which catalogue is active, and `t()` to look a key up and fill in its
 * `{placeholders}`.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";

import { VOCABULARY, type Vocabulary } from "../bindings/vocabulary";
import { nb, type Catalogue, type Locale, type MessageKey } from "./messages";

export type { Locale };

export type Params = Readonly<Record<string, string | number>>;
/** Looks a key up in the active catalogue; `locale` says which one, for formatting numbers the
 * same way as the words around them. */
export type Translate = ((key: MessageKey, params?: Params) => string) & { locale: Locale };

/** Fills `{name}` placeholders; an unknown placeholder is left as it is so it shows in review. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The catalogues at hand: bokmål always; English once `loadLocale("en")` has fetched it. */
const loaded: Partial<Record<Locale, Catalogue>> = { nb };

/** Makes `locale`'s catalogue available to `translator` (English is a chunk of its own). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded[locale]) return;
  if (locale === "en") loaded.en = (await import("./messages.en")).en;
}

/** Whether `locale`'s catalogue is at hand (see `loadLocale`). */
export const isLoaded = (locale: Locale): boolean => loaded[locale] !== undefined;

/** `t()` for `locale`, which must have been loaded (`loadLocale`); throws otherwise, so that a
 * missing load is a failing test, never a screen in the wrong language. */
export function translator(locale: Locale): Translate {
  const catalogue = loaded[locale];
  if (!catalogue) throw new Error(`the ${locale} catalogue is not loaded yet (loadLocale)`);
  const t = (key: MessageKey, params?: Params) => interpolate(catalogue[key], params);
  return Object.assign(t, { locale });
}

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  initialLocale = "nb",
  children,
}: {
  initialLocale?: Locale;
  children: ReactNode;
}) {
  // The language shown: the one asked for once its catalogue is at hand (main.tsx loads the
  // saved one before the first render, so the app never starts in the other language).
  const [locale, setShown] = useState<Locale>(() =>
    isLoaded(initialLocale) ? initialLocale : "nb",
  );
  const asked = useRef<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    asked.current = next;
    void loadLocale(next).then(() => {
      // A quicker later choice wins over a slower earlier one.
      if (asked.current === next) setShown(next);
    });
  }, []);
  useEffect(() => {
    if (!isLoaded(initialLocale)) setLocale(initialLocale);
  }, [initialLocale, setLocale]);
  // Set with the commit that shows the new words, not an effect later: a screen reader (and a
  // test) reading the page right after the switch finds the words and their language together.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}

/** The names of the plan's kinds and choices (categories, phases, months …) in the active
 * language, in the words Rust's documents print (generated from the engine). */
export function useVocabulary(): Vocabulary {
  return VOCABULARY[useI18n().locale];
}
