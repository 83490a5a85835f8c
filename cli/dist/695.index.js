export const id = 695;
export const ids = [695];
export const modules = {

/***/ 7939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   yM: () => (/* binding */ splitWords),
/* harmony export */   z1: () => (/* binding */ optionInputSource)
/* harmony export */ });
/* unused harmony exports actionInputSource, parseDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// Strict, typed input parsing shared by every action and the `ops` command. Empty means absent; every
// error names the input, the bad value and what is allowed. Parse once, into a frozen object.

/** The runner's contract: input `foo-bar` is `INPUT_FOO-BAR`, trimmed, as @actions/core reads it. */
function actionInputSource(env = process.env) {
    return {
        get: (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim(),
        label: (name) => `input \`${name}\``,
    };
}
/** Command-line options already split into a map (see cli/args.ts). */
function optionInputSource(values) {
    return {
        get: (name) => values[name]?.trim(),
        label: (name) => `option --${name}`,
    };
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `500ms`, `30s`, `5m`, `1h`, `1m30s`; a bare number is seconds. Returns milliseconds, or undefined. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        total += Number(m[1]) * (DURATION_UNITS[m[2]] ?? 0);
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== t.length)
        return undefined;
    return Math.round(total);
}
/** Shows a duration as people write it: 250ms, 1.5s, 2m, 1m30s. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s ? `${m}m${s}s` : `${m}m`;
}
function show(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** How to name an input in a message: "input `timeout`" (action) or "option --timeout" (CLI). */
    label(name) {
        return this.source.label(name);
    }
    fail(name, value, allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source.label(name)}: ${show(value)} is not valid; expected ${allowed}`, {
            input: name,
        });
    }
    /** The raw value; undefined when empty or not given. */
    optional(name) {
        const v = this.source.get(name);
        return v === undefined || v === "" ? undefined : v;
    }
    required(name, hint = "a value") {
        const v = this.optional(name);
        if (v === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source.label(name)} is required: give ${hint}`, { input: name });
        }
        return v;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    /** YAML 1.2 core booleans only: true/True/TRUE, false/False/FALSE. A typo is an error, never false. */
    boolean(name, fallback) {
        const v = this.optional(name);
        if (v === undefined)
            return fallback;
        if (["true", "True", "TRUE"].includes(v))
            return true;
        if (["false", "False", "FALSE"].includes(v))
            return false;
        return this.fail(name, v, "true or false");
    }
    integer(name, opts) {
        const v = this.optional(name);
        if (v === undefined)
            return opts.fallback;
        const range = `${opts.min ?? "-∞"}..${opts.max ?? "∞"}`;
        if (!/^[-+]?\d+$/.test(v))
            return this.fail(name, v, `a whole number in ${range}`);
        const n = Number(v);
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
            return this.fail(name, v, `a whole number in ${range}`);
        }
        return n;
    }
    duration(name, opts) {
        const v = this.optional(name);
        if (v === undefined)
            return opts.fallback;
        const ms = parseDuration(v);
        const allowed = `a duration such as 500ms, 30s, 5m${opts.min !== undefined || opts.max !== undefined
            ? ` between ${formatDuration(opts.min ?? 0)} and ${opts.max !== undefined ? formatDuration(opts.max) : "∞"}`
            : ""}`;
        if (ms === undefined)
            return this.fail(name, v, allowed);
        if ((opts.min !== undefined && ms < opts.min) || (opts.max !== undefined && ms > opts.max)) {
            return this.fail(name, v, allowed);
        }
        return ms;
    }
    enum(name, allowed, fallback) {
        const v = this.optional(name);
        if (v === undefined)
            return fallback;
        if (allowed.includes(v))
            return v;
        return this.fail(name, v, `one of ${allowed.join(", ")}`);
    }
    /** An absolute URL whose scheme is one of `protocols` (e.g. ["http:", "https:"]). */
    url(name, protocols, fallback) {
        const v = this.optional(name) ?? fallback;
        if (v === undefined)
            return undefined;
        return parseUrl(v, protocols, (allowed) => this.fail(name, redactUrl(v), allowed));
    }
    /** Items separated by newlines or commas, trimmed, empty ones dropped. */
    list(name) {
        const v = this.optional(name);
        if (v === undefined)
            return [];
        return v
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== "" && !s.startsWith("#"));
    }
    /** Lines (or commas) of `name=value`; names unique; `#` starts a comment line. In input order. */
    map(name) {
        const out = [];
        const seen = new Set();
        for (const item of this.list(name)) {
            const eq = item.indexOf("=");
            if (eq <= 0)
                return this.fail(name, item, "lines of name=value");
            const key = item.slice(0, eq).trim();
            const value = item.slice(eq + 1).trim();
            if (seen.has(key))
                return this.fail(name, item, `each name once (${JSON.stringify(key)} is repeated)`);
            seen.add(key);
            out.push([key, value]);
        }
        return out;
    }
    /** Lines of arguments for a command run without a shell: one argument per line, or a JSON array. */
    argv(name) {
        const v = this.optional(name);
        if (v === undefined)
            return undefined;
        if (v.startsWith("[")) {
            try {
                const parsed = JSON.parse(v);
                if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((a) => typeof a === "string")) {
                    return parsed;
                }
            }
            catch {
                // fall through to the error below
            }
            return this.fail(name, v, 'a JSON array of strings, e.g. ["pytest", "tests/e2e"]');
        }
        const args = v.includes("\n") ? v.split("\n").map((s) => s.trim()) : splitWords(v);
        const clean = args.filter((a) => a !== "");
        if (clean.length === 0)
            return this.fail(name, v, "a command and its arguments");
        return clean;
    }
}
/** Splits `a "b c" d` into words, honouring simple double and single quotes; no shell expansion at all. */
function splitWords(text) {
    const words = [];
    const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
        words.push(m[1] ?? m[2] ?? m[3] ?? "");
    return words;
}
function parseUrl(value, protocols, fail) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail(`an absolute URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
    }
    if (!protocols.includes(url.protocol)) {
        return fail(`a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
    }
    return url;
}
/** A URL with its password replaced, safe to print. */
function redactUrl(value) {
    try {
        const url = new URL(value);
        if (url.password)
            url.password = "***";
        return url.toString();
    }
    catch {
        return value.replace(/\/\/([^:/@\s]*):[^@/\s]*@/, "//$1:***@");
    }
}


/***/ }),

/***/ 5563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7939);
// Command-line options for `ops` commands, on node's own parser; bad usage is a ConfigurationError (exit 2).



function parseCommandArgs(argv, options) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...options, help: { type: "boolean", short: "h" } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (error) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(error instanceof Error ? error.message : String(error));
    }
    const values = parsed.values;
    const strings = {};
    for (const [k, v] of Object.entries(values)) {
        if (typeof v === "string")
            strings[k] = v;
        else if (Array.isArray(v))
            strings[k] = v.join("\n");
        else if (typeof v === "boolean")
            strings[k] = String(v);
    }
    return {
        inputs: new _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionInputSource */ .z1)(strings)),
        values,
        positionals: parsed.positionals,
        help: values.help === true,
    };
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ parseJunitReport),
/* harmony export */   mA: () => (/* binding */ JUNIT_MAX_CHARS),
/* harmony export */   nB: () => (/* binding */ reproduceCommand)
/* harmony export */ });
/* unused harmony exports JunitReportError, failingCases */
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1904);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9602);
/* harmony import */ var _action_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8291);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5438);
// JUnit XML test reports, as the tools really write them (pytest --junitxml in both families, vitest's
// junit reporter, jest-junit, mocha-junit-reporter, go-junit-report/gotestsum, cargo nextest, Maven
// surefire): the failing tests in the form each tool's users type, their messages and file:line, errors vs
// failures vs skipped vs flaky (surefire/nextest `flakyFailure`/`rerunFailure`), and the command that runs
// only them. Parsed with fast-xml-parser; a report is DATA: nothing in it is ever run, no DTD is read (a
// DOCTYPE is refused: no entity can expand), only the five predefined entities and numeric references are
// decoded, and input, nesting, messages and the number of cases kept are capped. Pure.



/** A report that is not readable JUnit XML; the message says why (shown to the user). */
class JunitReportError extends Error {
    name = "JunitReportError";
}
const JUNIT_MAX_CHARS = 32 * 1024 * 1024;
const MAX_PROBLEMS = 500;
const MAX_CASES = 200_000;
const MESSAGE_CHARS = 500;
const TEXT_CHARS = 4_000;
const NAME_CHARS = 500;
const MAX_SUITE_DEPTH = 16;
const ARRAYS = new Set([
    "testsuite",
    "testcase",
    "failure",
    "error",
    "skipped",
    "flakyFailure",
    "flakyError",
    "rerunFailure",
    "rerunError",
    "property",
]);
const PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** The predefined entities and numeric references only; DTD entities are never taken. */
function decodeXmlText(text) {
    if (!text.includes("&"))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref) => {
        const named = PREDEFINED[ref];
        if (named !== undefined)
            return named;
        const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
const entityDecoder = {
    setExternalEntities() { },
    addInputEntities() { },
    reset() { },
    setXmlVersion() { },
    decode: decodeXmlText,
};
const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    entityDecoder,
    maxNestedTags: 64,
    isArray: (name) => ARRAYS.has(name),
});
function attr(node, name) {
    const v = node?.[`@_${name}`];
    return typeof v === "string" ? v : "";
}
function textOf(node) {
    if (typeof node === "string")
        return node;
    if (!node || typeof node !== "object")
        return "";
    let out = typeof node["#text"] === "string" ? node["#text"] : "";
    // surefire nests the trace of flaky/rerun failures in <stackTrace>
    for (const key of ["stackTrace", "system-out"]) {
        const child = node[key];
        if (typeof child === "string" && key === "stackTrace")
            out += child;
        else if (child && typeof child === "object" && key === "stackTrace")
            out += textOf(child);
    }
    return out;
}
function oneLine(text) {
    const line = (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(text)
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l !== "") ?? "";
    return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS)}…` : line;
}
/** A message attribute folded onto one line; a generic one (`Failed`) gives way to the text's first line. */
function messageOf(message, body) {
    if (message === "" || /^(failed|failure|error)$/i.test(message.trim()))
        return oneLine(body) || oneLine(message);
    const folded = (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(message)
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join(" ");
    return folded.length > MESSAGE_CHARS ? `${folded.slice(0, MESSAGE_CHARS)}…` : folded;
}
function capText(text) {
    const t = (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(text.replace(/\r\n?/g, "\n")).trim();
    return t.length > TEXT_CHARS ? `${t.slice(0, TEXT_CHARS)}…` : t;
}
function capName(text) {
    return text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS)}…` : text;
}
function readCase(tc, suite, suiteFile) {
    const list = (k) => (Array.isArray(tc?.[k]) ? tc[k] : []);
    // an empty element (`<failure/>`) parses as "": presence is the array's length, not its truthiness
    const failures = list("failure");
    const errors = list("error");
    const flaky = [...list("flakyFailure"), ...list("flakyError")];
    const reruns = list("rerunFailure").length + list("rerunError").length + flaky.length;
    const outcome = failures.length > 0
        ? "failed"
        : errors.length > 0
            ? "error"
            : flaky.length > 0
                ? "flaky"
                : list("skipped").length > 0
                    ? "skipped"
                    : "passed";
    const problem = failures.length > 0 ? failures[0] : errors.length > 0 ? errors[0] : flaky[0];
    const body = problem === undefined ? "" : textOf(problem);
    const message = problem === undefined ? "" : attr(problem, "message");
    return {
        suite,
        suiteFile,
        classname: capName(attr(tc, "classname")),
        name: capName(attr(tc, "name")),
        file: capName(attr(tc, "file")),
        line: attr(tc, "line"),
        outcome,
        message: messageOf(message, body),
        text: capText(body),
        type: problem === undefined ? "" : attr(problem, "type"),
        reruns,
    };
}
function readDoc(xml) {
    if (xml.length > JUNIT_MAX_CHARS)
        throw new JunitReportError(`larger than ${JUNIT_MAX_CHARS / 1024 / 1024} MiB; not read`);
    // A DTD is never needed by a test report and is how entity bombs and external entities arrive.
    const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").replace(/<!--[\s\S]*?-->/g, "");
    if (/<!DOCTYPE|<!ENTITY/i.test(markup))
        throw new JunitReportError("declares a DTD (<!DOCTYPE>/<!ENTITY>); refused, nothing in it was expanded");
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* .XMLValidator */ .iI.validate(xml);
    if (valid !== true)
        throw new JunitReportError(`not well-formed XML (line ${valid.err.line}): ${oneLine(valid.err.msg)}`);
    let doc;
    try {
        doc = parser.parse(xml);
    }
    catch (error) {
        throw new JunitReportError(`unreadable XML: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    }
    const root = doc?.testsuites ?? (Array.isArray(doc?.testsuite) ? { testsuite: doc.testsuite } : undefined);
    if (!root || typeof root !== "object")
        throw new JunitReportError("not a JUnit report: no <testsuites> or <testsuite> element");
    const out = {
        rootName: attr(doc.testsuites, "name"),
        suiteNames: [],
        properties: [],
        schema: "",
        cases: [],
        totals: { tests: 0, failures: 0, errors: 0, skipped: 0 },
    };
    const walk = (node, suite, suiteFile, depth) => {
        if (depth > MAX_SUITE_DEPTH)
            return;
        for (const tc of Array.isArray(node?.testcase) ? node.testcase : []) {
            if (out.cases.length >= MAX_CASES)
                return;
            out.cases.push(readCase(tc, suite, suiteFile));
        }
        for (const s of Array.isArray(node?.testsuite) ? node.testsuite : []) {
            const name = attr(s, "name");
            out.suiteNames.push(name);
            out.schema ||= attr(s, "xsi:noNamespaceSchemaLocation");
            const props = s?.properties?.property;
            if (Array.isArray(props))
                for (const p of props)
                    out.properties.push(attr(p, "name"));
            if (!Array.isArray(s?.testsuite)) {
                // leaf suites carry the totals (nested suites would count twice)
                out.totals.tests += Number(attr(s, "tests")) || 0;
                out.totals.failures += Number(attr(s, "failures")) || 0;
                out.totals.errors += Number(attr(s, "errors")) || 0;
                out.totals.skipped += (Number(attr(s, "skipped")) || 0) + (Number(attr(s, "disabled")) || 0);
            }
            walk(s, name, attr(s, "file") || suiteFile, depth + 1);
        }
    };
    walk(root, "", "", 0);
    return out;
}
/** Which tool wrote the report: its own markers first, then the shape of its names. */
function detectTool(d) {
    const root = d.rootName.toLowerCase();
    if (root === "pytest tests" || d.suiteNames.includes("pytest"))
        return "pytest";
    if (root === "vitest tests")
        return "vitest";
    if (root === "jest tests")
        return "jest";
    if (root === "mocha tests" || d.suiteNames[0] === "Root Suite")
        return "mocha";
    if (root === "nextest-run" || root.startsWith("nextest"))
        return "cargo";
    if (d.properties.includes("go.version"))
        return "go";
    if (d.schema.includes("surefire") || d.properties.some((p) => p.startsWith("java.")))
        return "maven";
    const files = d.cases.map((c) => c.file || c.suiteFile || c.classname);
    if (files.some((f) => /\.py$/.test(f)))
        return "pytest";
    if (files.some((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f)))
        return "vitest";
    return "unknown";
}
const PY_FRAME = /^\s*(?:File "([^"\n]+\.py)", line (\d+)|([^\s:"'<>]+\.py):(\d+):)/gm;
const JS_FRAME = /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()'"<>:]+\.[cm]?[jt]sx?):(\d+):(\d+)/g;
const GO_FRAME = /^\s*([\w./-]+\.go):(\d+):/gm;
const RUST_FRAME = /(?:panicked at |--> )([^\s:'"]+\.rs):(\d+):(\d+)/g;
const JAVA_FRAME = /^\s*at ([\w$.]+)\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/gm;
function projectFrames(text, re, pick) {
    const out = [];
    for (const m of text.matchAll(re)) {
        const loc = pick(m);
        if (loc && !out.includes(loc))
            out.push(loc);
    }
    return out;
}
function loc(path, line, col) {
    const raw = path.replace(/^file:\/\//, "");
    const p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .Ne)(raw);
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isProjectPath */ .Rw)(raw) || !(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isProjectPath */ .Rw)(p) || p.startsWith("<") || p.startsWith("node:"))
        return undefined;
    return col ? `${p}:${line}:${col}` : `${p}:${line}`;
}
function locationsOf(tool, c) {
    const t = c.text;
    switch (tool) {
        case "pytest": {
            // the traceback's LAST frame is where it failed; the test's own frame follows
            const frames = projectFrames(t, PY_FRAME, (m) => m[1] ? loc(m[1], m[2] ?? "") : loc(m[3] ?? "", m[4] ?? ""));
            frames.reverse();
            if (frames.length === 0 && c.file && /^\d+$/.test(c.line))
                frames.push(`${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .Ne)(c.file)}:${Number(c.line) + 1}`); // pytest's `line` is 0-based
            return frames.slice(0, 5);
        }
        case "go":
            return projectFrames(t, GO_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "")).slice(0, 5);
        case "cargo":
            return projectFrames(t, RUST_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "", m[3])).slice(0, 5);
        case "maven": {
            const own = c.classname;
            return projectFrames(t, JAVA_FRAME, (m) => own && (m[1] ?? "").startsWith(`${own}.`) ? `${m[2]}:${m[3]}` : undefined).slice(0, 5);
        }
        default:
            return projectFrames(t, JS_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "", m[3])).slice(0, 5);
    }
}
const TEST_FILE = /(^|\/)(__tests__\/|[^/]+\.(test|spec)\.)[^/]*$|(^|\/)tests?\//;
/** pytest: `path::Class::name`; the dotted classname becomes a path only when the report confirms it. */
function pytestId(c) {
    const dotted = c.classname || ""; // "" for collection errors: the name is the module then
    const segments = (dotted || c.name).split(".").filter((s) => s !== "");
    const firstClass = segments.findIndex((s) => /^[A-Z]/.test(s));
    const moduleParts = firstClass < 0 ? segments : segments.slice(0, firstClass);
    const classes = firstClass < 0 ? [] : segments.slice(firstClass);
    const fromAttr = c.file ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .Ne)(c.file) : "";
    const guessed = `${moduleParts.join("/")}.py`;
    const confirmed = fromAttr !== "" ||
        c.text.includes(`${guessed}:`) ||
        c.text.includes(`/${guessed}", line`) ||
        c.text.includes(`"${guessed}", line`);
    const file = fromAttr || (confirmed ? guessed : "");
    if (!dotted)
        return file ? { id: file, file } : { id: c.name };
    if (!file)
        return { id: `${dotted}::${c.name}` };
    return { id: [file, ...classes, c.name].join("::"), file };
}
function caseId(tool, c, locations) {
    const fromFrames = locations.map((l) => l.replace(/:\d+(:\d+)?$/, "")).find((p) => TEST_FILE.test(p));
    switch (tool) {
        case "pytest":
            return pytestId(c);
        case "vitest": {
            const file = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .Ne)(c.file || c.classname || c.suiteFile);
            return file ? { id: `${file} > ${c.name}`, file } : { id: c.name };
        }
        case "jest":
        case "mocha": {
            // jest-junit and mocha-junit-reporter write the full name (describe titles and the test's, joined by
            // spaces): what `jest -t` and `mocha -g` match. The file: the attribute, or the stack's test file.
            const file = c.file || c.suiteFile ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .Ne)(c.file || c.suiteFile) : fromFrames;
            return file ? { id: `${file} > ${c.name}`, file } : { id: c.name };
        }
        case "go":
            return { id: c.classname ? `${c.classname}.${c.name}` : c.name };
        case "cargo":
            return { id: c.name };
        case "maven":
            return { id: c.classname ? `${c.classname}#${c.name}` : c.name };
        default:
            return { id: c.classname ? `${c.classname}::${c.name}` : c.name };
    }
}
/** Parses a JUnit XML report; throws JunitReportError saying why when it cannot. */
function parseJunitReport(xml) {
    const doc = readDoc(xml.replace(/^\uFEFF/, ""));
    const tool = detectTool(doc);
    const report = {
        tool,
        tests: 0,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        problems: [],
        truncated: false,
    };
    for (const c of doc.cases) {
        report.tests++;
        if (c.outcome === "passed")
            report.passed++;
        else if (c.outcome === "skipped")
            report.skipped++;
        else {
            if (c.outcome === "failed")
                report.failures++;
            else if (c.outcome === "error")
                report.errors++;
            else {
                report.flaky++;
                report.passed++;
            }
            if (report.problems.length >= MAX_PROBLEMS) {
                report.truncated = true;
                continue;
            }
            const locations = locationsOf(tool, c);
            // pytest's generic messages (`collection failure`): its `E   ` line says what broke
            const pytestE = tool === "pytest" ? /^E\s+(\S.*)$/m.exec(c.text)?.[1] : undefined;
            if (pytestE && /^(collection failure|failed on (setup|teardown))$/i.test(c.message))
                c.message = oneLine(pytestE);
            const { id, file } = caseId(tool, c, locations);
            report.problems.push({
                id: (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(id),
                classname: c.classname,
                name: c.name,
                suite: capName(c.suite),
                ...(file ? { file } : {}),
                outcome: c.outcome,
                message: c.message || (c.type ? oneLine(c.type) : ""),
                text: c.text,
                locations,
                reruns: c.reruns,
            });
        }
    }
    if (report.tests === 0 && doc.totals.tests > 0) {
        // suites with totals only (some tools for empty or aborted runs): trust their counts
        const t = doc.totals;
        Object.assign(report, { tests: t.tests, failures: t.failures, errors: t.errors, skipped: t.skipped });
        report.passed = Math.max(0, t.tests - t.failures - t.errors - t.skipped);
    }
    return report;
}
/** The failing (not flaky) cases: failures and errors. */
function failingCases(report) {
    return report.problems.filter((c) => c.outcome === "failed" || c.outcome === "error");
}
function goRun(name) {
    return name
        .split("/")
        .map((part) => `^${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
        .join("/");
}
/**
 * The command that runs only these tests, as the tool's users type it (for display, quoted for a POSIX
 * shell, never run). Several pytest ids go on one command line; other tools get the first test.
 */
function reproduceCommand(tool, cases) {
    const first = cases[0];
    if (!first)
        return undefined;
    switch (tool) {
        case "pytest": {
            const ids = cases.filter((c) => c.file && c.id.startsWith(c.file)).map((c) => c.id);
            if (ids.length > 0)
                return `pytest ${ids.slice(0, 5).map(_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7).join(" ")}`;
            const leaf = first.name.replace(/\[.*$/, "");
            return `pytest -k ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(leaf)}`;
        }
        case "vitest": {
            const test = first.name.split(" > ").pop() ?? first.name;
            return first.file
                ? `npx vitest run ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.file)} -t ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(test)}`
                : `npx vitest run -t ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(test)}`;
        }
        case "jest":
            return `npx jest ${first.file ? `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.file)} ` : ""}-t ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.name)}`;
        case "mocha":
            return `npx mocha ${first.file ? `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.file)} ` : ""}-g ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.name)}`;
        case "go":
            return `go test ${first.classname ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.classname) : "./..."} -run ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(goRun(first.name))}`;
        case "cargo": {
            const crate = first.suite.split("::")[0] ?? "";
            return `cargo nextest run ${crate ? `-p ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(crate)} ` : ""}${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(first.name)}`;
        }
        case "maven": {
            const cls = first.classname.split(".").pop() ?? first.classname;
            return `mvn test -Dtest=${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(`${cls}#${first.name}`)}`;
        }
        default:
            return undefined;
    }
}


/***/ }),

/***/ 5438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   Rw: () => (/* binding */ isProjectPath),
/* harmony export */   ig: () => (/* binding */ isFilePath),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
// Paths seen in logs: made relative to the repository when the runner's workspace prefix is recognised,
// and sorted into the project's own files versus installed libraries and interpreters.
// GitHub-hosted Linux/macOS (/home/runner/work/R/R/, /Users/runner/work/R/R/), containers (/__w/R/R/),
// Windows (D:\a\R\R\), self-hosted runners (…/actions-runner*/_work/R/R/).
const WORKSPACE_PREFIXES = [
    /^\/home\/runner\/work\/[^/]{1,200}\/[^/]{1,200}\//,
    /^\/Users\/runner\/work\/[^/]{1,200}\/[^/]{1,200}\//,
    /^\/__w\/[^/]{1,200}\/[^/]{1,200}\//,
    /^[A-Za-z]:[\\/]a[\\/][^\\/]{1,200}[\\/][^\\/]{1,200}[\\/]/,
    /^\/[^\s]{0,300}?\/_work\/[^/]{1,200}\/[^/]{1,200}\//,
];
/** `path` relative to the repository when it starts with a known runner workspace; otherwise unchanged. */
function repoRelative(path) {
    let p = path.replace(/^\.\//, "");
    for (const re of WORKSPACE_PREFIXES) {
        const m = re.exec(p);
        if (m) {
            p = p.slice(m[0].length);
            break;
        }
    }
    return p.replace(/\\/g, "/");
}
const LIBRARY_MARKERS = [
    "site-packages/",
    "dist-packages/",
    "/lib/python",
    "/usr/lib/",
    "/usr/local/lib/",
    "node_modules/",
    "node:internal",
    "<frozen",
    "<string>",
    "<stdin>",
    "/opt/hostedtoolcache/",
    "/.cache/",
];
/** True for a path of the project itself (not an installed library, interpreter internals or `<string>`). */
function isProjectPath(path) {
    const p = path.replace(/\\/g, "/");
    for (const m of LIBRARY_MARKERS)
        if (p.includes(m))
            return false;
    return true;
}
/** True for something that can be a file path in a location (not `<string>` / `<frozen …>`). */
function isFilePath(path) {
    return path.length > 0 && !path.startsWith("<") && !path.startsWith("node:");
}
/** `path:line[:col]` with the path made repository-relative. */
function formatLocation(path, line, column) {
    const p = repoRelative(path);
    return column !== undefined && column > 0 ? `${p}:${line}:${column}` : `${p}:${line}`;
}
/** A POSIX shell word: kept bare when plainly safe, single-quoted otherwise. For displayed commands only. */
function shellWord(word) {
    if (/^[\w@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ })

};
