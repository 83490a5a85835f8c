// Open-order cancellation with hand-written fakes behind the two ports (command runner, fetch): results,
// never a throw, the credentials in the webhook URL never shown.
import { describe, expect, it } from "vitest";
import type { CommandOptions, CommandResult, CommandRunner } from "../process/run-command.js";
import { cancelOpenOrders, displayWebhook } from "./cancel-orders.js";

const event = {
  reason: "runaway",
  actor: "octocat",
  runUrl: "https://github.com/o/r/actions/runs/1",
  time: "2026-11-27T03:00:00.000Z",
};

function fakeRunner(result: Partial<CommandResult> | Error): {
  run: CommandRunner;
  calls: Array<{ argv: readonly string[]; options: CommandOptions }>;
} {
  const calls: Array<{ argv: readonly string[]; options: CommandOptions }> = [];
  return {
    calls,
    run: async (argv, options) => {
      calls.push({ argv, options });
      if (result instanceof Error) throw result;
      return {
        argv,
        code: 0,
        signal: null,
        stdout: "",
        stderr: "",
        timedOut: false,
        durationMs: 5,
        ...result,
      };
    },
  };
}

describe("cancelOpenOrders", () => {
  it("runs the command as an argument list with the event in its environment and the timeout", async () => {
    const runner = fakeRunner({ stdout: "3 orders cancelled\n" });
    const steps = await cancelOpenOrders(
      { command: ["python3", "cancel.py", "--all"], timeoutMs: 5000 },
      event,
      { runCommand: runner.run, env: { PATH: "/bin" } },
    );
    expect(steps).toEqual([
      expect.objectContaining({
        via: "command",
        ok: true,
        outcome: "exited with code 0",
        output: "3 orders cancelled",
      }),
    ]);
    expect(runner.calls[0]?.argv).toEqual(["python3", "cancel.py", "--all"]);
    expect(runner.calls[0]?.options.timeoutMs).toBe(5000);
    expect(runner.calls[0]?.options.env).toMatchObject({
      PATH: "/bin",
      OPS_KILL_SWITCH_REASON: "runaway",
      OPS_KILL_SWITCH_ACTOR: "octocat",
      OPS_RUN_URL: event.runUrl,
    });
  });

  it("reports a non-zero exit, a timeout and a missing program as failures, without throwing", async () => {
    const [exit] = await cancelOpenOrders({ command: ["x"] }, event, {
      runCommand: fakeRunner({ code: 2, stderr: "boom" }).run,
    });
    expect(exit).toMatchObject({ ok: false, outcome: "exited with code 2", output: "boom" });
    const [late] = await cancelOpenOrders({ command: ["x"] }, event, {
      runCommand: fakeRunner({ code: null, signal: "SIGTERM", timedOut: true, durationMs: 60000 }).run,
    });
    expect(late).toMatchObject({ ok: false, outcome: "timed out after 60000 ms" });
    const [missing] = await cancelOpenOrders({ command: ["nope"] }, event, {
      runCommand: fakeRunner(new Error("could not run nope: nope is not installed or not on PATH")).run,
    });
    expect(missing).toMatchObject({ ok: false, outcome: expect.stringMatching(/not installed/) });
  });

  it("posts the event to the webhook; a non-2xx answer or a network error is a failure", async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const fetchOk = (async (url: URL | string, init?: RequestInit) => {
      seen.push({ url: String(url), init: init ?? {} });
      return new Response("ok", { status: 202 });
    }) as typeof fetch;
    const hook = new URL("https://user:pw@hooks.example/cancel?token=s3cret");
    const [ok] = await cancelOpenOrders({ webhook: hook }, event, { fetch: fetchOk });
    expect(ok).toMatchObject({
      via: "webhook",
      ok: true,
      outcome: "HTTP 202",
      target: "https://hooks.example/cancel",
    });
    expect(seen[0]?.init.method).toBe("POST");
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ event: "kill-switch-activated", ...event });
    expect(seen[0]?.init.signal).toBeInstanceOf(AbortSignal);

    const fetch500 = (async () => new Response("gateway down", { status: 503 })) as unknown as typeof fetch;
    const [bad] = await cancelOpenOrders({ webhook: hook }, event, { fetch: fetch500 });
    expect(bad).toMatchObject({ ok: false, outcome: "HTTP 503", output: "gateway down" });

    const fetchErr = (async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof fetch;
    const [err] = await cancelOpenOrders({ webhook: hook }, event, { fetch: fetchErr });
    expect(err).toMatchObject({ ok: false, outcome: "request failed: fetch failed" });
    for (const s of [ok, bad, err]) expect(JSON.stringify(s)).not.toMatch(/s3cret|user:pw/);
  });

  it("runs both, command first, and nothing when neither is configured", async () => {
    const fetchOk = (async () => new Response("", { status: 200 })) as unknown as typeof fetch;
    const steps = await cancelOpenOrders({ command: ["x"], webhook: new URL("http://h/") }, event, {
      runCommand: fakeRunner({}).run,
      fetch: fetchOk,
    });
    expect(steps.map((s) => s.via)).toEqual(["command", "webhook"]);
    expect(await cancelOpenOrders({}, event)).toEqual([]);
  });

  it("shows a webhook without credentials or query", () => {
    expect(displayWebhook(new URL("https://a:b@h.example:8443/x/y?k=v#f"))).toBe(
      "https://h.example:8443/x/y",
    );
  });
});
