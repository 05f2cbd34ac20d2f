/**
 * The language context: which catalogue is active, and `t()` to look a key up and fill in its
 * `{placeholders}`.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

import { catalogues, type Locale, type MessageKey } from "./messages";

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

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
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
  const [locale, setLocale] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
