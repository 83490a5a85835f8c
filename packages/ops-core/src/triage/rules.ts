// All line rules, tool by tool (tools/*.ts), in the order ties on one line are settled.

import type { Rule } from "./rule.js";
import { INSTALL_RULES } from "./tools/install.js";
import { JAVASCRIPT_RULES } from "./tools/javascript.js";
import { NATIVE_RULES } from "./tools/native.js";
import { PYTHON_RULES } from "./tools/python.js";
import { RUNNER_RULES } from "./tools/runner.js";

export { escapeRe, type Rule, type RuleHit } from "./rule.js";

export const RULES: readonly Rule[] = [
  ...PYTHON_RULES,
  ...JAVASCRIPT_RULES,
  ...NATIVE_RULES,
  ...RUNNER_RULES,
  ...INSTALL_RULES,
];

export const RULE_NEEDLES: readonly string[] = [...new Set(RULES.map((r) => r.needle))];
