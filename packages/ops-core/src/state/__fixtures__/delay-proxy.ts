// A TCP proxy in front of redis-server that can delay or hold what the client sends (the replies pass at
// once): a slow network or a stalled runner, as Redis sees it. Commands keep their order; a delayed
// command still arrives, later — which is exactly what a compare-and-delete must survive.

import { createServer, type Server, Socket } from "node:net";

export interface DelayProxy {
  readonly port: number;
  /** `redis://127.0.0.1:<proxy port>` with the path and credentials of `targetUrl`. */
  url(targetUrl: string): string;
  /** Delay added to every chunk the client sends from now on (that `delayOnly` accepts, when set). */
  delayMs: number;
  /** Delays only the chunks this accepts (e.g. the ones holding an EVAL); the others pass at once. */
  delayOnly: ((chunk: string) => boolean) | undefined;
  /** Holds everything the client sends until `resume()`. */
  hold(): void;
  resume(): void;
  /** How many chunks the client sent are queued (held or delayed), not yet forwarded. */
  pending(): number;
  close(): Promise<void>;
}

export async function startDelayProxy(target: { host: string; port: number }): Promise<DelayProxy> {
  const sockets = new Set<Socket>();
  let held = false;
  const waiting: Array<() => void> = [];
  let inFlight = 0;
  const server: Server = createServer((client) => {
    sockets.add(client);
    const upstream = new Socket();
    sockets.add(upstream);
    upstream.connect(target.port, target.host);
    let last = 0;
    client.on("data", (chunk: Buffer) => {
      inFlight++;
      const send = () => {
        const delay = !proxy.delayOnly || proxy.delayOnly(chunk.toString("latin1")) ? proxy.delayMs : 0;
        const at = Math.max(Date.now() + delay, last);
        last = at;
        setTimeout(() => {
          inFlight--;
          if (!upstream.destroyed) upstream.write(chunk);
        }, at - Date.now());
      };
      if (held) waiting.push(send);
      else send();
    });
    upstream.on("data", (chunk: Buffer) => {
      if (!client.destroyed) client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const proxy: DelayProxy = {
    port,
    url(targetUrl) {
      const u = new URL(targetUrl);
      u.host = `127.0.0.1:${port}`;
      return u.toString();
    },
    delayMs: 0,
    delayOnly: undefined,
    hold() {
      held = true;
    },
    resume() {
      held = false;
      for (const send of waiting.splice(0)) send();
    },
    pending: () => inFlight,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
