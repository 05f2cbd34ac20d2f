import { ToggleGroup } from "@digdir/designsystemet-react";

import { useI18n } from "../i18n";
import { locales, type Locale } from "../i18n/messages";

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <ToggleGroup
      data-size="sm"
      aria-label={t("lang.label")}
      value={locale}
      onChange={(value) => {
        if ((locales as readonly string[]).includes(value)) setLocale(value as Locale);
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
