// Builds the floor's second page (stack/: React + Designsystemet, see its main.tsx) into
// dist/stack/, beside the bare index.html, with the app's build target. `npm run measure:startup`
// runs it before building the floor, which embeds dist/.
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL("stack", import.meta.url)),
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("dist/stack", import.meta.url)),
    emptyOutDir: true,
    target: "safari16",
    // As the app's build: Designsystemet's unused React components are left out.
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id) => !id.includes("/@digdir/designsystemet-react/"),
      },
    },
  },
});
