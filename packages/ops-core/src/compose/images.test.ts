import { describe, expect, it } from "vitest";
import { fakeRunner } from "../process/__fixtures__/fake-runner.js";
import { imagesPresent, planRetention, type RepositoryImage, splitRef } from "./images.js";

const img = (tag: string, day: number, id = `sha256:${tag}`): RepositoryImage => ({
  ref: `app/api:${tag}`,
  repository: "app/api",
  tag,
  id,
  created: `2026-11-${String(day).padStart(2, "0")}T10:00:00Z`,
});

describe("splitRef", () => {
  it.each([
    ["app/api:1.2", ["app/api", "1.2"]],
    ["registry:5000/app/api:1.2", ["registry:5000/app/api", "1.2"]],
    ["registry:5000/app/api", ["registry:5000/app/api", "latest"]],
    ["busybox", ["busybox", "latest"]],
  ])("%s", (ref, parts) => {
    expect(splitRef(ref)).toEqual(parts);
  });
});

describe("planRetention", () => {
  const images = [img("1.0", 1), img("1.1", 2), img("1.2", 3), img("1.3", 4), img("1.4", 5)];

  it("keeps the newest N and removes the older ones", () => {
    expect(planRetention({ images, keep: 2 })).toEqual({
      keep: ["app/api:1.4", "app/api:1.3"],
      remove: ["app/api:1.2", "app/api:1.1", "app/api:1.0"],
    });
  });

  it("never removes a protected tag or an image a container uses, and they do not count against N", () => {
    const plan = planRetention({ images, keep: 1, protectTags: ["1.0"], inUseIds: ["sha256:1.2"] });
    expect(plan.keep.sort()).toEqual(["app/api:1.0", "app/api:1.2", "app/api:1.4"]);
    expect(plan.remove.sort()).toEqual(["app/api:1.1", "app/api:1.3"]);
  });

  it("keep 0 removes everything unprotected; negative keep counts as 0", () => {
    expect(planRetention({ images, keep: -3, protectTags: ["1.4"] }).remove).toHaveLength(4);
  });
});

describe("imagesPresent", () => {
  it("splits present and missing references and gives the ids", async () => {
    const fake = fakeRunner((argv) =>
      argv.at(-1) === "app/api:1.0"
        ? { stdout: "sha256:aaa\n" }
        : { code: 1, stderr: "Error: No such image" },
    );
    expect(await imagesPresent({ run: fake.run }, ["app/api:1.0", "app/api:0.9"])).toEqual({
      present: ["app/api:1.0"],
      missing: ["app/api:0.9"],
      ids: { "app/api:1.0": "sha256:aaa" },
    });
  });
});
