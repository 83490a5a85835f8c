// What a command gets from the terminal; tests pass their own.

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command module: `run` returns the exit code (0 done, 1 refused or failed, 2 bad usage). */
export interface CommandModule {
  run(argv: string[], io: CliIo): Promise<number>;
}
