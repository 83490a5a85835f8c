import { describe, expect, it } from "vitest";
import { accessoriesGate, accessoriesRow } from "./accessories.js";
import type { AccessoryState } from "./ports.js";

const redis = (o: Partial<AccessoryState> = {}): AccessoryState => ({
  service: "redis",
  image: "redis:7",
  why: "auto-detected",
  containerId: "4f1e2d3c4b5a6978",
  running: true,
  health: "healthy",
  startedAt: "2026-12-04T10:00:00Z",
  ...o,
});

describe("accessories in the checklists", () => {
  it("names a missing container once, and a Swarm task as a task", () => {
    expect(accessoriesGate([redis({ containerId: undefined, running: false })]).evidence).toBe(
      "redis (redis:7; auto-detected): no container (start it: deploys never start or stop accessories)",
    );
    expect(accessoriesGate([redis({ containerId: undefined, running: false, unit: "task" })]).evidence).toBe(
      "redis (redis:7; auto-detected): no task (start it: deploys never start or stop accessories)",
    );
    expect(accessoriesGate([redis({ unit: "task" })])).toEqual({
      ok: true,
      evidence:
        "never stopped, recreated, retagged or pruned by a release: redis (redis:7; auto-detected): running, healthy, task 4f1e2d3c4b5a",
    });
  });

  it("after a release: a recreated container, a replaced task", () => {
    expect(accessoriesRow([redis()], [redis({ containerId: "999999999999" })])).toMatchObject({
      label: "Accessories untouched (same container, same start time, running and healthy)",
      ok: false,
      evidence: "redis: container 4f1e2d3c4b5a → 999999999999 (recreated)",
    });
    expect(
      accessoriesRow([redis({ unit: "task" })], [redis({ unit: "task", containerId: "999999999999" })]),
    ).toMatchObject({
      label: "Accessories untouched (same task, same start time, running and healthy)",
      ok: false,
      evidence: "redis: task 4f1e2d3c4b5a → 999999999999 (replaced)",
    });
  });
});
