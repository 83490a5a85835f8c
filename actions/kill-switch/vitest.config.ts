import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "action-kill-switch",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
