import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const host = process.env.TAURI_DEV_HOST;

export default defineConfig({
  root: "ui",
  plugins: [react()],
  resolve: {
    alias: [
      // Only the Designsystemet behaviour this app's components use (see the module's comment):
      // the first screen's scripts 401 → ~345 kB. Only the bare name: its subpaths resolve as usual.
      {
        find: /^@digdir\/designsystemet-web$/,
        replacement: fileURLToPath(new URL("ui/src/designsystemet-web.ts", import.meta.url)),
      },
    ],
  },
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    host: host || false,
    ...(host ? { hmr: { protocol: "ws", host, port: 1421 } } : {}),
    watch: { ignored: ["**/src-tauri/**", "**/target/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The WebKit of the oldest macOS the app installs on (tauri.conf.json's minimumSystemVersion
    // 13.3 comes with Safari 16.4, which has everything the UI's CSS uses: subgrid, :has(),
    // color-mix(), the lh unit). WebView2 and WebKitGTK are newer. check-release-setup.mjs holds
    // the two together.
    target: "safari16.4",
    rolldownOptions: {
      // Designsystemet's React modules only define components (its custom elements register
      // from @u-elements, which keeps its side effects): unused ones are left out. The first
      // screen's scripts: 518 → 401 kB.
      treeshake: {
        moduleSideEffects: (id) => !id.includes("/@digdir/designsystemet-react/"),
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    // Stylesheets read as text (?raw) by src/designsystemet.test.ts; others stay out of the tests.
    css: { include: [/designsystemet/] },
  },
});
