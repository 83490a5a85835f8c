// Health endpoints per Swarm node: a URL holding `{node}` (the node's address) or `{hostname}` (its
// hostname) becomes one endpoint per ready node, named `<name>@<hostname>`, so a release that answers 500
// on one node only fails there, and the evidence names it. URLs without a placeholder stay as they are.

import type { Endpoint } from "../health/endpoints.js";
import type { SwarmNode } from "./docker.js";

const PLACEHOLDER = /\{(node|hostname)\}/;

export function hasNodePlaceholder(endpoints: readonly Endpoint[]): boolean {
  return endpoints.some((e) => PLACEHOLDER.test(e.url));
}

export function expandPerNode(endpoints: readonly Endpoint[], nodes: readonly SwarmNode[]): Endpoint[] {
  const ready = nodes.filter((n) => n.state === "ready");
  return endpoints.flatMap((e) => {
    if (!PLACEHOLDER.test(e.url)) return [e];
    return ready.map((n) => ({
      ...e,
      name: `${e.name}@${n.hostname}`,
      url: e.url.replaceAll("{node}", n.address).replaceAll("{hostname}", n.hostname),
    }));
  });
}
