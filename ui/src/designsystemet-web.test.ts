import { describe, expect, it } from "vitest";

import "./designsystemet-web";

/** Designsystemet's React components whose behaviour lives in the parts of
 * `@digdir/designsystemet-web` that ./designsystemet-web.ts leaves out. */
const LEFT_OUT =
  /^(Breadcrumbs\w*|Dropdown\w*|Popover\w*|Tooltip|(EXPERIMENTAL_)?Suggestion\w*|Search\w*|Tabs\w*|Pagination\w*|usePagination)$/;

// Every source file of the app (not the tests), as text.
const sources = import.meta.glob<string>(["./**/*.{ts,tsx}", "!./**/*.test.{ts,tsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

function designsystemetImports(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(
    /import\s*\{([^}]*)\}\s*from\s*"@digdir\/designsystemet-react"/g,
  )) {
    for (const name of (m[1] ?? "").split(",")) {
      const bare = name
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0];
      if (bare) names.push(bare);
    }
  }
  return names;
}

describe("Designsystemet's web behaviour, cut to what the app uses", () => {
  it("reads the app's imports (the scan below sees them)", () => {
    const all = Object.values(sources).flatMap(designsystemetImports);
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(all).toContain("Field");
    expect(all).toContain("ErrorSummary");
  });

  it("no component of the app needs a part that was left out", () => {
    for (const [file, source] of Object.entries(sources)) {
      const needing = designsystemetImports(source).filter((name) => LEFT_OUT.test(name));
      expect(
        needing,
        `${file} imports a component whose behaviour src/designsystemet-web.ts leaves out`,
      ).toEqual([]);
    }
  });

  it("registers the elements the app's fields and error summaries are made of, and not the rest", () => {
    expect(customElements.get("ds-field")).toBeDefined();
    expect(customElements.get("ds-error-summary")).toBeDefined();
    expect(customElements.get("ds-suggestion")).toBeUndefined();
    expect(customElements.get("ds-tabs")).toBeUndefined();
  });
});
