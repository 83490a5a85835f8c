// The logger port: actions back it with @actions/core, tests with a recording logger, the CLI with stderr.
// Callers pass untrusted text through as is: every implementation neutralizes workflow commands.

import { inertLine } from "./safe-text.js";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  notice(message: string, where?: Annotation): void;
  /** Runs `fn` inside a collapsible group; the group is closed in `finally`. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Where an annotation points; `file` relative to the repository root. */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export type LogLevel = "debug" | "info" | "warning" | "error" | "notice";

export interface LogRecord {
  level: LogLevel | "group";
  message: string;
  where?: Annotation;
}

/** Keeps every record, for tests and for reports that quote the log. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  debug(message: string): void {
    this.records.push({ level: "debug", message });
  }
  info(message: string): void {
    this.records.push({ level: "info", message });
  }
  warning(message: string, where?: Annotation): void {
    this.records.push(where ? { level: "warning", message, where } : { level: "warning", message });
  }
  error(message: string, where?: Annotation): void {
    this.records.push(where ? { level: "error", message, where } : { level: "error", message });
  }
  notice(message: string, where?: Annotation): void {
    this.records.push(where ? { level: "notice", message, where } : { level: "notice", message });
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.records.push({ level: "group", message: title });
    return fn();
  }
  text(level?: LogLevel): string {
    return this.records
      .filter((r) => level === undefined || r.level === level)
      .map((r) => r.message)
      .join("\n");
  }
}

/** Writes plain lines to a stream (the `ops` command uses stderr); debug only when asked. */
export class StreamLogger implements Logger {
  constructor(
    private readonly write: (text: string) => void,
    private readonly verbose = false,
  ) {}
  debug(message: string): void {
    if (this.verbose) this.line("debug", message);
  }
  info(message: string): void {
    this.line("", message);
  }
  warning(message: string): void {
    this.line("warning", message);
  }
  error(message: string): void {
    this.line("error", message);
  }
  notice(message: string): void {
    this.line("notice", message);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.line("", `── ${title}`);
    return fn();
  }
  private line(prefix: string, message: string): void {
    for (const l of message.split("\n")) this.write(`${prefix ? `${prefix}: ` : ""}${inertLine(l)}\n`);
  }
}
