import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "action-smoke",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["@ops/testkit/docker-global-setup"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
