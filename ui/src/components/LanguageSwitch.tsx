import { ToggleGroup } from "@digdir/designsystemet-react";

import { useI18n } from "../i18n";
import { rememberLanguage } from "../ipc";
import { locales, type Locale } from "../i18n/messages";

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <ToggleGroup
      data-size="sm"
      aria-label={t("lang.label")}
      value={locale}
      onChange={(value) => {
        if (!(locales as readonly string[]).includes(value)) return;
        setLocale(value as Locale);
        // Kept for the next start; if it cannot be kept, this session still switches.
        rememberLanguage(value as Locale).catch(() => undefined);
      }}
    >
      <ToggleGroup.Item value="nb" lang="nb" id="lang-nb">
        {t("lang.nb")}
      </ToggleGroup.Item>
      <ToggleGroup.Item value="en" lang="en" id="lang-en">
        {t("lang.en")}
      </ToggleGroup.Item>
    </ToggleGroup>
  );
}
