import { Alert, Button, Details, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";

import type { AppInfo } from "../bindings/AppInfo";
import { errorText } from "../errors";
import { useI18n } from "../i18n";
import { openDataFolder, toIpcError, type IpcError } from "../ipc";

/** «Om Erfaringsplan»: the version, where the plans are kept (with a way to open the folder, to
 * back them up or move them) and the licences. */
export function AboutApp({ info }: { info: AppInfo }) {
  const { t } = useI18n();
  const [error, setError] = useState<IpcError | null>(null);
  return (
    <Details id="about">
      <Details.Summary>{t("about.heading")}</Details.Summary>
      <Details.Content className="stack">
        <Paragraph data-size="sm">
          {t("about.version", { version: info.version, schema: String(info.schemaVersion) })}
        </Paragraph>
        <Paragraph data-size="sm">
          {t("about.dataFolder")} <code id="about-data-folder">{info.dataFolder}</code>
        </Paragraph>
        <Paragraph data-size="sm">{t("about.backup")}</Paragraph>
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            id="open-data-folder"
            onClick={() => {
              setError(null);
              openDataFolder().catch((reason: unknown) => {
                setError(toIpcError(reason));
              });
            }}
          >
            {t("about.openFolder")}
          </Button>
        </div>
        {error ? (
          <Alert data-color="danger" id="about-error">
            {errorText(error.report(), t)}
          </Alert>
        ) : null}
        <Paragraph data-size="sm" id="about-licences">
          {t("about.licences")} {info.licences.map((l) => `${l.name} (${l.licence})`).join(", ")}.
        </Paragraph>
      </Details.Content>
    </Details>
  );
}
