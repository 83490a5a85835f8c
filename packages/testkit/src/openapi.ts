// GitHub's official OpenAPI description (npm @octokit/openapi, api.github.com) for the emulator: find an
// operation's response schema, validate a value against it (a small validator for the OpenAPI 3.0 subset
// the description uses), and synthesize a minimal schema-valid skeleton that the emulator overlays with
// the fields it actually models.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
export type Schema = Record<string, any>;

interface Spec {
  paths: Record<string, Record<string, Schema>>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, Schema>;
    examples: Record<string, Schema>;
  };
}

let spec: Spec | undefined;

/** The api.github.com description (13 MB, parsed once per process). */
export function openapiSpec(): Spec {
  if (!spec) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    spec = JSON.parse(readFileSync(file, "utf8")) as Spec;
  }
  return spec;
}

/** Resolves a local `$ref` (`#/components/schemas/x`). */
export function deref(node: Schema): Schema {
  let cur = node;
  for (let i = 0; i < 20 && cur && typeof cur.$ref === "string"; i++) {
    const parts = (cur.$ref as string).replace(/^#\//, "").split("/");
    // biome-ignore lint/suspicious/noExplicitAny: JSON walk
    let target: any = openapiSpec();
    for (const p of parts) target = target?.[p.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (!target) throw new Error(`unresolvable $ref ${cur.$ref}`);
    cur = target;
  }
  return cur;
}

export function componentSchema(name: string): Schema {
  const s = openapiSpec().components.schemas[name];
  if (!s) throw new Error(`no schema named ${name} in the OpenAPI description`);
  return s;
}

/**
 * The JSON schema of an operation's response for a status, or `null` when the operation documents that
 * status without a body (204, 302). Throws when the operation or the status is not in the description.
 */
export function responseSchema(method: string, pathTemplate: string, status: number): Schema | null {
  const op = openapiSpec().paths[pathTemplate]?.[method.toLowerCase()];
  if (!op) throw new Error(`no operation ${method.toUpperCase()} ${pathTemplate} in the OpenAPI description`);
  const resp = op.responses?.[String(status)];
  if (!resp) {
    throw new Error(
      `${method.toUpperCase()} ${pathTemplate}: status ${status} not documented (has ${Object.keys(op.responses ?? {}).join(", ")})`,
    );
  }
  const r = deref(resp);
  const content = r.content as Record<string, { schema?: Schema }> | undefined;
  if (!content) return null;
  const json = content["application/json"] ?? Object.values(content)[0];
  return json?.schema ?? null;
}

/** The JSON schema of an operation's request body, or null when it takes none. */
export function requestSchema(method: string, pathTemplate: string): Schema | null {
  const op = openapiSpec().paths[pathTemplate]?.[method.toLowerCase()];
  if (!op) throw new Error(`no operation ${method.toUpperCase()} ${pathTemplate} in the OpenAPI description`);
  if (!op.requestBody) return null;
  const body = deref(op.requestBody);
  const content = body.content as Record<string, { schema?: Schema }> | undefined;
  return content?.["application/json"]?.schema ?? null;
}

/** A recorded exchange as `conformanceErrors` needs it. */
export interface Exchange {
  method: string;
  route: string | undefined;
  status: number;
  requestBody: unknown;
  responseBody: unknown;
}

/**
 * Checks recorded exchanges against GitHub's description: each request body against the operation's
 * request schema (2xx only: the client sent what GitHub accepts), each response against the schema of
 * its status, and undocumented error statuses against GitHub's basic error shape. Returns the problems.
 */
export function conformanceErrors(calls: Exchange[]): string[] {
  const failures: string[] = [];
  for (const call of calls) {
    if (!call.route || call.route.startsWith("/_") || call.status === 0) continue;
    const what = `${call.method} ${call.route} ${call.status}`;
    if (call.status < 300 && call.requestBody !== undefined) {
      const req = requestSchema(call.method, call.route);
      const errors = req ? validateSchema(req, call.requestBody) : [];
      if (errors.length) failures.push(`${what} request:\n  ${errors.slice(0, 8).join("\n  ")}`);
    }
    let schema: Schema | null;
    try {
      schema = responseSchema(call.method, call.route, call.status);
    } catch (error) {
      const ok =
        call.status >= 400 && validateSchema(componentSchema("basic-error"), call.responseBody).length === 0;
      if (!ok) failures.push(`${what}: ${String(error)}`);
      continue;
    }
    if (schema === null) continue;
    const errors = validateSchema(schema, call.responseBody);
    if (errors.length) failures.push(`${what} response:\n  ${errors.slice(0, 8).join("\n  ")}`);
  }
  return failures;
}

/** Validates `value` against `schema`; returns the errors (empty when valid), each with its JSON path. */
export function validateSchema(schema: Schema, value: unknown, path = "$"): string[] {
  const s = deref(schema);
  const errors: string[] = [];
  if (value === null) {
    if (s.nullable === true) return [];
    const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    if (types.includes("null")) return [];
    if (s.enum?.includes(null)) return [];
    if (!s.type && !s.anyOf && !s.oneOf && !s.allOf && !s.enum) return [];
    if (s.anyOf || s.oneOf) {
      const alts = (s.anyOf ?? s.oneOf) as Schema[];
      if (alts.some((a) => validateSchema(a, null).length === 0)) return [];
    }
    if (s.allOf && (s.allOf as Schema[]).every((a) => validateSchema(a, null).length === 0)) return [];
    return [`${path}: null is not allowed`];
  }
  if (s.allOf) for (const sub of s.allOf as Schema[]) errors.push(...validateSchema(sub, value, path));
  if (s.anyOf) {
    const alts = s.anyOf as Schema[];
    const results = alts.map((a) => validateSchema(a, value, path));
    if (!results.some((r) => r.length === 0)) {
      errors.push(`${path}: matches none of anyOf (${results.map((r) => r[0]).join(" | ")})`);
    }
  }
  if (s.oneOf) {
    const alts = s.oneOf as Schema[];
    const results = alts.map((a) => validateSchema(a, value, path));
    const ok = results.filter((r) => r.length === 0).length;
    if (ok === 0) errors.push(`${path}: matches none of oneOf (${results.map((r) => r[0]).join(" | ")})`);
  }
  if (s.enum && !(s.enum as unknown[]).includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} not in enum ${JSON.stringify(s.enum)}`);
  }
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 0 && !types.some((t) => typeMatches(t, value))) {
    errors.push(`${path}: expected ${types.join("|")}, got ${describe(value)}`);
    return errors;
  }
  if (typeof value === "string") {
    if (typeof s.maxLength === "number" && value.length > s.maxLength)
      errors.push(`${path}: longer than ${s.maxLength}`);
    if (typeof s.minLength === "number" && value.length < s.minLength)
      errors.push(`${path}: shorter than ${s.minLength}`);
    if (s.format === "date-time" && Number.isNaN(Date.parse(value)))
      errors.push(`${path}: not a date-time: ${value}`);
    // GitHub returns "" for unset URI fields (deployment status log_url/environment_url), as its own examples show.
    if (s.format === "uri" && value !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(value))
      errors.push(`${path}: not a uri: ${value}`);
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum)
      errors.push(`${path}: below minimum ${s.minimum}`);
    if (typeof s.maximum === "number" && value > s.maximum)
      errors.push(`${path}: above maximum ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.maxItems === "number" && value.length > s.maxItems)
      errors.push(`${path}: more than ${s.maxItems} items`);
    if (typeof s.minItems === "number" && value.length < s.minItems)
      errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.items) {
      for (const [i, v] of value.entries()) errors.push(...validateSchema(s.items, v, `${path}[${i}]`));
    }
  } else if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    for (const req of (s.required as string[] | undefined) ?? []) {
      if (!(req in obj) || obj[req] === undefined) errors.push(`${path}: missing required property ${req}`);
    }
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      if (props[k]) errors.push(...validateSchema(props[k], v, `${path}.${k}`));
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
      else if (s.additionalProperties && typeof s.additionalProperties === "object") {
        errors.push(...validateSchema(s.additionalProperties, v, `${path}.${k}`));
      }
    }
  }
  return errors;
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "null":
      return value === null;
    default:
      return true;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value === "string" ? `string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}

const skeletons = new Map<string, unknown>();

/**
 * A minimal value valid against a component schema: required properties only, nullable ones null, enums
 * their first value, dates and URIs plausible. The emulator overlays the fields it models on top.
 */
export function skeleton<T = Record<string, unknown>>(schemaName: string): T {
  let s = skeletons.get(schemaName);
  if (s === undefined) {
    s = synthesize(componentSchema(schemaName), 0);
    skeletons.set(schemaName, s);
  }
  return structuredClone(s) as T;
}

function synthesize(schema: Schema, depth: number): unknown {
  const s = deref(schema);
  if (depth > 12) return null;
  if (s.nullable === true) return null;
  if (s.enum) return (s.enum as unknown[]).find((v) => v !== null) ?? null;
  if (s.allOf) {
    const merged: Record<string, unknown> = {};
    for (const sub of s.allOf as Schema[]) Object.assign(merged, synthesize(sub, depth + 1) as object);
    return merged;
  }
  if (s.anyOf || s.oneOf) return synthesize(((s.anyOf ?? s.oneOf) as Schema[])[0] ?? {}, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;
  if (Array.isArray(s.type) && s.type.includes("null")) return null;
  switch (type) {
    case "string":
      if (s.format === "date-time") return "2026-01-01T00:00:00Z";
      if (s.format === "uri") return "https://github.com/";
      if (s.format === "email") return "octocat@example.com";
      return "";
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 0;
    case "boolean":
      return false;
    case "array":
      return [];
    default: {
      const out: Record<string, unknown> = {};
      const props = (s.properties as Record<string, Schema> | undefined) ?? {};
      for (const req of (s.required as string[] | undefined) ?? []) {
        out[req] = props[req] ? synthesize(props[req], depth + 1) : "";
      }
      return out;
    }
  }
}

/** Deep-merges plain objects (arrays and scalars replace). */
export function overlay<T>(base: T, patch: unknown): T {
  if (!isPlain(base) || !isPlain(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === undefined) continue;
    out[k] = isPlain(out[k]) && isPlain(v) ? overlay(out[k], v) : v;
  }
  return out as T;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
