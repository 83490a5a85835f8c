// A hand-written CommandRunner for unit tests: answers by matching the argv, records what ran.

import type { CommandOptions, CommandResult, CommandRunner } from "../run-command.js";

export interface Answer {
  code?: number;
  stdout?: string;
  stderr?: string;
  timedOut?: boolean;
  /** Throw like runCommand does when the program is missing. */
  missing?: boolean;
}

export interface FakeRunner {
  run: CommandRunner;
  calls: Array<{ argv: string[]; options: CommandOptions }>;
}

/** `answers` maps an argv joined by spaces (or a RegExp source) to an answer; unmatched → exit 127. */
export function fakeRunner(answer: (argv: string[]) => Answer | undefined): FakeRunner {
  const calls: FakeRunner["calls"] = [];
  const run: CommandRunner = async (argv, options) => {
    calls.push({ argv: [...argv], options });
    const a = answer([...argv]) ?? { code: 127, stderr: `${argv[0]}: command not found` };
    if (a.missing) throw new Error(`could not run ${argv[0]}: not installed`);
    const result: CommandResult = {
      argv,
      code: a.timedOut ? null : (a.code ?? 0),
      signal: a.timedOut ? "SIGTERM" : null,
      stdout: a.stdout ?? "",
      stderr: a.stderr ?? "",
      timedOut: a.timedOut ?? false,
      durationMs: 1,
    };
    return result;
  };
  return { run, calls };
}
