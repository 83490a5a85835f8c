import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "ops-core",
    include: ["src/**/*.test.ts"],
    // Generous only for the integration files (real Docker, Alembic, Redis) on a loaded 2-core machine;
    // unit tests finish in milliseconds and a hang still fails.
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
