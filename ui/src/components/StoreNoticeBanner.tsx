import { Alert, Paragraph } from "@digdir/designsystemet-react";

import type { StoreNotice } from "../bindings/StoreNotice";
import { useI18n } from "../i18n";

/** What Rust found when it opened the plans file: a damaged file it moved aside (and what it
 * kept), a file from a newer version, or plans another window has open; the last two are shown
 * but never saved. */
export function StoreNoticeBanner({ notice }: { notice: StoreNotice }) {
  const { t } = useI18n();
  if (notice.kind === "newerVersion") {
    return (
      <Alert data-color="warning" id="store-notice" data-notice="newerVersion">
        {t("store.newer", { version: notice.version })}
      </Alert>
    );
  }
  if (notice.kind === "openElsewhere") {
    return (
      <Alert data-color="warning" id="store-notice" data-notice="openElsewhere">
        {t("store.openElsewhere")}
      </Alert>
    );
  }
  return (
    <Alert data-color="warning" id="store-notice" data-notice="recovered">
      <Paragraph>
        {notice.wholeFile
          ? t("store.recovered.whole", { path: notice.movedTo })
          : t("store.recovered.some", { count: notice.unreadablePlans, path: notice.movedTo })}
      </Paragraph>
      {notice.fromBackup > 0 ? (
        <Paragraph>{t("store.recovered.backup", { count: notice.fromBackup })}</Paragraph>
      ) : null}
    </Alert>
  );
}
