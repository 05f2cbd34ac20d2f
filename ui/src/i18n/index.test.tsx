import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { I18nProvider, isLoaded, loadLocale, useI18n } from ".";

function Shown() {
  const { t, setLocale } = useI18n();
  return (
    <>
      <p>{t("planList.loading")}</p>
      <button
        type="button"
        onClick={() => {
          setLocale("en");
        }}
      >
        en
      </button>
    </>
  );
}

describe("I18nProvider", () => {
  it("shows bokmål until English has come, then switches; English loaded first shows at once", async () => {
    // Each test file has its own modules: English is not loaded yet.
    expect(isLoaded("en")).toBe(false);
    const first = render(
      <I18nProvider>
        <Shown />
      </I18nProvider>,
    );
    expect(screen.getByText("Henter planene …")).toBeTruthy();
    await act(async () => {
      screen.getByRole("button", { name: "en" }).click();
      await loadLocale("en");
    });
    expect(await screen.findByText("Loading your plans …")).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    first.unmount();

    // As main.tsx does for a user who chose English: loaded before the first render, so the
    // first render is already in English (no bokmål frame).
    render(
      <I18nProvider initialLocale="en">
        <Shown />
      </I18nProvider>,
    );
    expect(screen.getByText("Loading your plans …")).toBeTruthy();
  });
});
