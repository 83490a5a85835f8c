// Real webhook payloads (npm @octokit/webhooks-examples, api.github.com) for GITHUB_EVENT_PATH, with
// overrides deep-merged on top (arrays replace).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { overlay } from "./openapi.ts";

interface WebhookGroup {
  name: string;
  actions: string[];
  examples: Array<Record<string, unknown>>;
}

let groups: WebhookGroup[] | undefined;

function examples(): WebhookGroup[] {
  if (!groups) {
    const require = createRequire(import.meta.url);
    groups = JSON.parse(
      readFileSync(require.resolve("@octokit/webhooks-examples/api.github.com/index.json"), "utf8"),
    ) as WebhookGroup[];
  }
  return groups;
}

/** Deep partial for overrides. */
export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * A real example payload of event `name` (e.g. "workflow_run", "push", "pull_request"), the first one with
 * `action` when given, with `overrides` deep-merged. Throws listing what exists when there is none.
 *
 *   eventPayload("workflow_run", "completed", { workflow_run: { conclusion: "failure", id: 30433642 } })
 */
export function eventPayload<T = Record<string, unknown>>(
  name: string,
  action?: string,
  overrides: Record<string, unknown> = {},
): T {
  const group = examples().find((g) => g.name === name);
  if (!group) throw new Error(`no webhook examples for ${name}`);
  const ex = action ? group.examples.find((e) => e.action === action) : group.examples[0];
  if (!ex) throw new Error(`no ${name} example with action ${action} (have: ${group.actions.join(", ")})`);
  return overlay(structuredClone(ex), overrides) as T;
}

/** The event names that have examples. */
export function eventNames(): string[] {
  return examples().map((g) => g.name);
}
