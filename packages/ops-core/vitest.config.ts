import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "ops-core",
    include: ["src/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
