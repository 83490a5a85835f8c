import { defineConfig } from "vitest/config";

// One run over every workspace: `npm test` reads its JSON report for the totals.
export default defineConfig({
  test: {
    projects: ["packages/*", "actions/*", "cli"],
  },
});
