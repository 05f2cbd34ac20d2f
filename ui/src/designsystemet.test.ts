import { describe, expect, it } from "vitest";

import "./designsystemet-web";
import appCss from "./designsystemet.css?raw";

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
      // A type has no stylesheet: `type TextfieldProps` is left out.
      if (/^\s*type\s/.test(name)) continue;
      const bare = name.trim().split(/\s+as\s+/)[0];
      if (bare) names.push(bare);
    }
  }
  return names;
}

/** The stylesheets (in @digdir/designsystemet-css) each component the app imports is drawn with,
 * its own and those of the components it is made of. */
const CSS_OF: Record<string, readonly string[]> = {
  Alert: ["alert"],
  Button: ["button"],
  Card: ["card"],
  Checkbox: ["field", "input", "label", "validation-message"],
  Details: ["details"],
  ErrorSummary: ["error-summary", "heading", "list", "link"],
  Field: ["field"],
  Fieldset: ["fieldset"],
  Heading: ["heading"],
  Label: ["label"],
  Link: ["link"],
  List: ["list"],
  Paragraph: ["paragraph"],
  Radio: ["field", "input", "label", "validation-message"],
  Select: ["input"],
  SkipLink: ["skip-link"],
  Spinner: ["spinner"],
  Table: ["table"],
  Tag: ["tag"],
  Textfield: ["field", "input", "label", "validation-message"],
  ToggleGroup: ["toggle-group", "button"],
  ValidationMessage: ["validation-message"],
};

// The package's stylesheets: index.css (all of them, in layers) and one per component.
const packageCss = import.meta.glob<string>(
  "../../node_modules/@digdir/designsystemet-css/dist/src/*.css",
  { query: "?raw", import: "default", eager: true },
);
const cssFile = (name: string) =>
  Object.entries(packageCss).find(([file]) => file.endsWith(`/${name}.css`))?.[1];

/** The stylesheets ./designsystemet.css takes, with the layer each goes in, in order. */
const taken = [
  ...appCss.matchAll(/@import "@digdir\/designsystemet-css\/([\w-]+)\.css" layer\(([\w.]+)\);/g),
].map((m) => ({ name: m[1] ?? "", layer: m[2] ?? "" }));

describe("Designsystemet's CSS, cut to what the app uses", () => {
  const used = [...new Set(Object.values(sources).flatMap(designsystemetImports))].filter((name) =>
    /^[A-Z]/.test(name),
  );

  it("has a stylesheet for every component the app imports", () => {
    expect(used.length).toBeGreaterThan(15);
    const names = new Set(taken.map((t) => t.name));
    for (const component of used) {
      const needs = CSS_OF[component];
      expect(needs, `say in CSS_OF which stylesheets ${component} needs`).toBeDefined();
      for (const name of needs ?? []) {
        expect(names.has(name), `${component} needs ${name}.css in designsystemet.css`).toBe(true);
      }
    }
    expect(names.has("base")).toBe(true);
  });

  it("puts each stylesheet in the layer, and the order, the package's index.css gives it", () => {
    const index = cssFile("index") ?? "";
    expect(index.length).toBeGreaterThan(100_000);
    const placed = taken.map(({ name, layer }) => {
      const own = cssFile(name);
      expect(own, `${name}.css is in the package`).toBeDefined();
      // Where its first rule sits in index.css, and the layer block that rule is in.
      const at = index.indexOf((own ?? "").trim().slice(0, 60));
      expect(at, `${name}.css is part of index.css`).toBeGreaterThan(0);
      const block = /@layer ([\w.]+)\{/g;
      let inLayer = "";
      for (const m of index.slice(0, at).matchAll(block)) inLayer = m[1] ?? "";
      expect(layer, `${name}.css`).toBe(inLayer);
      return at;
    });
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
  });

  it("declares the layers in the package's order", () => {
    expect(appCss).toContain("@layer ds.theme, ds.base, ds.components;");
    expect(cssFile("index")).toContain("@layer ds.theme, ds.base, ds.components;");
  });
});

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

  it("registers the elements the app's fields are made of, and not the rest", () => {
    expect(customElements.get("ds-field")).toBeDefined();
    // It focuses itself whenever it appears; the wizard's summary is a plain element.
    expect(customElements.get("ds-error-summary")).toBeUndefined();
    expect(customElements.get("ds-suggestion")).toBeUndefined();
    expect(customElements.get("ds-tabs")).toBeUndefined();
  });
});
