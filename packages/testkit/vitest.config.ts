import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "testkit",
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One private dockerd for the whole run (reused when OPS_TEST_DOCKER_HOST is set).
    globalSetup: ["./src/docker-global-setup.ts"],
  },
});
