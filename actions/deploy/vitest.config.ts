import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "action-deploy",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["@ops/testkit/docker-global-setup"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
