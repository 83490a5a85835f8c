import { describe, expect, it } from "vitest";
import {
  CancelledError,
  ConfigurationError,
  errorKind,
  errorMessage,
  RefusalError,
  TransientError,
} from "./errors.js";

describe("errors", () => {
  it("classifies every kind, including things that are not Errors", () => {
    expect(errorKind(new ConfigurationError("x", { input: "timeout" }))).toBe("configuration");
    expect(errorKind(new TransientError("x"))).toBe("transient");
    expect(errorKind(new RefusalError("x", ["kill switch active"]))).toBe("refusal");
    expect(errorKind(new CancelledError())).toBe("cancelled");
    expect(errorKind("a string")).toBe("internal");
    expect(errorKind(undefined)).toBe("internal");
  });

  it("gives a message for anything thrown", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage({ code: 42 })).toBe('{"code":42}');
    expect(errorMessage(undefined)).toBe("undefined");
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(errorMessage(circular)).toBe("[object Object]");
  });
});
