#!/usr/bin/env node
// Wraps each captured tool output (out/<tool>/<case>.out, or documented/<tool>/<case>.out for the tools
// and runner messages this machine cannot produce) into the renderings a user hands to `ops triage`, and
// writes ../expected.json from the expectations in cases.mjs.
//   raw    GET /repos/{o}/{r}/actions/jobs/{id}/logs: UTF-8 BOM, `2026-11-30T10:15:02.1234567Z ` before every
//          line, the whole job (set-up banner, checkout, setup-*, install, the failing step, post steps),
//          each step opened by `##[group]Run <command>` with the run script in cyan, `shell:` and `env:`,
//          `##[endgroup]`; `::error …::msg` workflow commands shown as `##[error]msg` (continuation lines
//          without a timestamp); `##[error]Process completed with exit code N.` after a failing step.
//   gh     `gh run view --log-failed`: only the failed step, `<job>\t<step>\t<timestamp> <line>`, the BOM
//          before the first timestamp, ESC shown as the literal text `^[` (gh sanitises control bytes).
//   web    a copy from the web log viewer: the failed step only, no timestamps, ANSI gone, the group
//          header as a plain `Run <command>` line, `##[error]X` shown as `Error: X`; some with line numbers.
//   pasted plain text a user pastes into an issue: the tool's output (some after a `$ command` prompt),
//          trailing spaces, CRLF line endings in some, long lines wrapped at 80 columns in some (at a
//          space, as a mail client or an issue box wraps).
// Usage: node render.mjs        (rewrites ../logs and ../expected.json; deterministic)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cases } from "./cases.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, "..");
const ESC = "\u001b";
const stripAnsi = (s) => s.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(/\u001b[()][0-9A-B]/g, "");

// a small deterministic PRNG per case, so re-rendering gives the same bytes
const seeded = (text) => {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    h = (Math.imul(h ^ (h >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return h / 2 ** 32;
  };
};

// paths the tools printed on this machine, shown as they are on a GitHub-hosted runner
const runnerPaths = (text, repo) =>
  text
    .replaceAll("/opt/triage-venv/lib/python3.11/site-packages", "/opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/site-packages")
    .replaceAll("/opt/triage-venv/bin", "/opt/hostedtoolcache/Python/3.11.7/x64/bin")
    .replaceAll("/root/.pyenv/versions/3.11.7", "/opt/hostedtoolcache/Python/3.11.7/x64")
    .replaceAll("../../../../../opt/triage-tools/node_modules", "node_modules")
    .replaceAll("../../../../../opt/triage-ts5/node_modules", "node_modules")
    .replaceAll("/opt/triage-tools/node_modules", `/home/runner/work/${repo}/${repo}/node_modules`)
    .replaceAll("/opt/triage-ts5/node_modules", `/home/runner/work/${repo}/${repo}/node_modules`)
    .replaceAll("/opt/triage-pm/node_modules/pnpm", "/home/runner/setup-pnpm/node_modules/.pnpm/pnpm@12.23.0/node_modules/pnpm")
    .replaceAll("/opt/triage-pm/node_modules/yarn", "/usr/local/lib/node_modules/yarn")
    .replace(/\/tmp\/triage-cargo-target\/[^/\s)]+/g, `/home/runner/work/${repo}/${repo}/target`)
    .replace(/\/tmp\/triage-go(cache|path)/g, (_, k) => (k === "cache" ? "/home/runner/.cache/go-build" : "/home/runner/go"))
    .replaceAll("/root/.cargo", "/home/runner/.cargo")
    .replaceAll("/root/.rustup", "/home/runner/.rustup")
    .replaceAll("/root/go/pkg", "/home/runner/go/pkg")
    .replaceAll("/root/.npm", "/home/runner/.npm")
    .replaceAll("/root/.cache", "/home/runner/.cache");

const SETUP_BANNER = (job) => [
  "Current runner version: '2.330.0'",
  "##[group]Runner Image Provisioner",
  "Hosted Compute Agent",
  "Version: 20251016.436",
  "Commit: 8ab8ac8bfd662a3739dab9fe09456aba92132568",
  "Build Date: 2025-10-15T20:44:12Z",
  "##[endgroup]",
  "##[group]Operating System",
  "Ubuntu",
  "24.04.3",
  "LTS",
  "##[endgroup]",
  "##[group]Runner Image",
  "Image: ubuntu-24.04",
  "Version: 20251112.124.1",
  "Included Software: https://github.com/actions/runner-images/blob/ubuntu24/20251112.124/images/ubuntu/Ubuntu2404-Readme.md",
  "Image Release: https://github.com/actions/runner-images/releases/tag/ubuntu24%2F20251112.124",
  "##[endgroup]",
  "##[group]GITHUB_TOKEN Permissions",
  "Contents: read",
  "Metadata: read",
  "##[endgroup]",
  "Secret source: Actions",
  "Prepare workflow directory",
  "Prepare all required actions",
  "Getting action download info",
  "Download action repository 'actions/checkout@v5' (SHA:08c6903cd8c0fde910a37f88322edcfb5dd907a8)",
  "Download action repository 'actions/setup-python@v6' (SHA:e797f83bcb11b83ae66e0230d6156d7c80228e7c)",
  "Download action repository 'actions/setup-node@v6' (SHA:2028fbc5c25fe9cf00d9f06a71cc4710d4507903)",
  `Complete job name: ${job}`,
];

const checkout = (repo) => [
  "##[group]Run actions/checkout@v5",
  "with:",
  `  repository: acme/${repo}`,
  "  token: ***",
  "  ssh-strict: true",
  "  ssh-user: git",
  "  persist-credentials: true",
  "  clean: true",
  "  fetch-depth: 1",
  "  lfs: false",
  "  submodules: false",
  "##[endgroup]",
  "Syncing repository: acme/" + repo,
  "##[group]Getting Git version info",
  `Working directory is '/home/runner/work/${repo}/${repo}'`,
  "[command]/usr/bin/git version",
  "git version 2.51.2",
  "##[endgroup]",
  "Temporarily overriding HOME='/home/runner/work/_temp/4b1c7f8e-5d0a-4d3e-9a57-0c6e2f1d9b21' before making global git config changes",
  `[command]/usr/bin/git config --global --add safe.directory /home/runner/work/${repo}/${repo}`,
  "##[group]Fetching the repository",
  "[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +3f9c2a4e7b1d8c6f5a0e9d2b4c7a1f3e8d6b5c2a:refs/remotes/origin/main",
  "From https://github.com/acme/" + repo,
  " * [new ref]         3f9c2a4e7b1d8c6f5a0e9d2b4c7a1f3e8d6b5c2a -> origin/main",
  "##[endgroup]",
  "##[group]Checking out the ref",
  "[command]/usr/bin/git checkout --progress --force -B main refs/remotes/origin/main",
  "Switched to a new branch 'main'",
  "branch 'main' set up to track 'origin/main'.",
  "##[endgroup]",
  "[command]/usr/bin/git log -1 --format=%H",
  "3f9c2a4e7b1d8c6f5a0e9d2b4c7a1f3e8d6b5c2a",
];

const PY_ENV = [
  "  pythonLocation: /opt/hostedtoolcache/Python/3.11.7/x64",
  "  PKG_CONFIG_PATH: /opt/hostedtoolcache/Python/3.11.7/x64/lib/pkgconfig",
  "  Python_ROOT_DIR: /opt/hostedtoolcache/Python/3.11.7/x64",
  "  Python2_ROOT_DIR: /opt/hostedtoolcache/Python/3.11.7/x64",
  "  Python3_ROOT_DIR: /opt/hostedtoolcache/Python/3.11.7/x64",
  "  LD_LIBRARY_PATH: /opt/hostedtoolcache/Python/3.11.7/x64/lib",
];

const setupPython = (repo) => [
  "##[group]Run actions/setup-python@v6",
  "with:",
  "  python-version: 3.11",
  "  cache: pip",
  "  check-latest: false",
  "  token: ***",
  "  update-environment: true",
  "  allow-prereleases: false",
  "  freethreaded: false",
  "##[endgroup]",
  "##[group]Installed versions",
  "Successfully set up CPython (3.11.7)",
  "##[endgroup]",
  "[command]/opt/hostedtoolcache/Python/3.11.7/x64/bin/pip cache dir",
  "/home/runner/.cache/pip",
  "Cache hit for: setup-python-Linux-x64-24.04-Ubuntu-python-3.11.7-pip-5b0f6e1c2d7a9e8f3b4c",
  "Received 18874368 of 18874368 (100.0%), 31.4 MBs/sec",
  "Cache Size: ~18 MB (18874368 B)",
  `[command]/usr/bin/tar -xf /home/runner/work/_temp/0d6c1f2e-8b4a-4c5d-9e7f-1a2b3c4d5e6f/cache.tzst -P -C /home/runner/work/${repo}/${repo} --use-compress-program unzstd`,
  "Cache restored successfully",
  "Cache restored from key: setup-python-Linux-x64-24.04-Ubuntu-python-3.11.7-pip-5b0f6e1c2d7a9e8f3b4c",
];

const pipInstall = (pkgs, repo) => [
  ...runBlock("python -m pip install --upgrade pip\npip install -e '.[test]'", PY_ENV),
  "Requirement already satisfied: pip in /opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/site-packages (25.3)",
  `Obtaining file:///home/runner/work/${repo}/${repo}`,
  "  Installing build dependencies: started",
  "  Installing build dependencies: finished with status 'done'",
  "  Checking if build backend supports build_editable: started",
  "  Checking if build backend supports build_editable: finished with status 'done'",
  "  Getting requirements to build editable: started",
  "  Getting requirements to build editable: finished with status 'done'",
  "  Preparing editable metadata (pyproject.toml): started",
  "  Preparing editable metadata (pyproject.toml): finished with status 'done'",
  ...pkgs.flatMap(([name, ver]) => [
    `Collecting ${name}>=${ver.split(".")[0]} (from shop==0.3.0)`,
    `  Using cached ${name.replace(/-/g, "_")}-${ver}-py3-none-any.whl.metadata (7.6 kB)`,
  ]),
  ...pkgs.map(([name, ver]) => `Using cached ${name.replace(/-/g, "_")}-${ver}-py3-none-any.whl (${(17 + name.length * 13) % 400} kB)`),
  "Building wheels for collected packages: shop",
  "  Building editable for shop (pyproject.toml): started",
  "  Building editable for shop (pyproject.toml): finished with status 'done'",
  "  Created wheel for shop: filename=shop-0.3.0-0.editable-py3-none-any.whl size=2811 sha256=9a1f5e3c7d2b8a4e6f0c1d9b3a7e5f2c8d4b6a0e1f3c5d7b9a2e4f6c8d0b1a3e",
  "  Stored in directory: /tmp/pip-ephem-wheel-cache-k2x7q1m9/wheels/3c/8e/1d/4a7b2f9e0c6d5a3b1e8f7c2d9a0b4e6f",
  "Successfully built shop",
  `Installing collected packages: ${pkgs.map(([n]) => n).join(", ")}, shop`,
  `Successfully installed ${pkgs.map(([n, v]) => `${n}-${v}`).join(" ")} shop-0.3.0`,
];

const NODE_ENV = [];
const setupNode = () => [
  "##[group]Run actions/setup-node@v6",
  "with:",
  "  node-version: 22",
  "  cache: npm",
  "  always-auth: false",
  "  check-latest: false",
  "  token: ***",
  "##[endgroup]",
  "Found in cache @ /opt/hostedtoolcache/node/22.21.1/x64",
  "##[group]Environment details",
  "node: v22.21.1",
  "npm: 10.9.4",
  "yarn: 1.22.22",
  "##[endgroup]",
  "[command]/opt/hostedtoolcache/node/22.21.1/x64/bin/npm config get cache",
  "/home/runner/.npm",
  "Cache hit for: node-cache-Linux-x64-npm-7c1e9a5d3b2f8e6a4c0d9b7f5e3a1c8d6b4f2e0a9c7e5b3d1f8a6c4e2b0d9f7a",
  "Received 45088768 of 45088768 (100.0%), 52.9 MBs/sec",
  "Cache Size: ~43 MB (45088768 B)",
  "Cache restored successfully",
];

const npmCi = (n) => [
  ...runBlock("npm ci", NODE_ENV),
  "npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.",
  "npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported",
  "",
  `added ${n} packages, and audited ${n + 1} packages in 9s`,
  "",
  `${Math.floor(n / 7)} packages are looking for funding`,
  "  run `npm fund` for details",
  "",
  "found 0 vulnerabilities",
];

const setupGo = () => [
  "##[group]Run actions/setup-go@v6",
  "with:",
  "  go-version-file: go.mod",
  "  check-latest: false",
  "  token: ***",
  "  cache: true",
  "##[endgroup]",
  "Setup go version spec 1.19",
  "Found in cache @ /opt/hostedtoolcache/go/1.19.8/x64",
  "Added go to the path",
  "Successfully set up Go version 1.19",
  "[command]/opt/hostedtoolcache/go/1.19.8/x64/bin/go env GOMODCACHE",
  "[command]/opt/hostedtoolcache/go/1.19.8/x64/bin/go env GOCACHE",
  "/home/runner/go/pkg/mod",
  "/home/runner/.cache/go-build",
  "Cache is not found",
  "go version go1.19.8 linux/amd64",
  "",
  "##[group]go env",
  "GO111MODULE=''",
  "GOARCH='amd64'",
  "GOOS='linux'",
  "GOPATH='/home/runner/go'",
  "##[endgroup]",
];

const setupRust = () => [
  "##[group]Run dtolnay/rust-toolchain@stable",
  "with:",
  "  toolchain: stable",
  "  components: clippy",
  "##[endgroup]",
  ...runBlock('rustup toolchain install stable --profile minimal --component clippy --no-self-update', [
    "  toolchain: stable",
  ]),
  "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'",
  "info: latest update on 2026-03-26, rust version 1.95.0 (59807616e 2026-03-26)",
  "info: component 'clippy' for target 'x86_64-unknown-linux-gnu' is up to date",
  "",
  "  stable-x86_64-unknown-linux-gnu unchanged - rustc 1.95.0 (59807616e 2026-03-26)",
  "",
  ...runBlock("rustup default stable", []),
  "info: using existing install for 'stable-x86_64-unknown-linux-gnu'",
  "info: default toolchain set to 'stable-x86_64-unknown-linux-gnu'",
];

const postSteps = (repo, stack) => [
  ...(stack.startsWith("py")
    ? ["Post job cleanup.", "Cache hit occurred on the primary key setup-python-Linux-x64-24.04-Ubuntu-python-3.11.7-pip-5b0f6e1c2d7a9e8f3b4c, not saving cache."]
    : stack.startsWith("node")
      ? ["Post job cleanup.", "Cache hit occurred on the primary key node-cache-Linux-x64-npm-7c1e9a5d3b2f8e6a4c0d9b7f5e3a1c8d6b4f2e0a9c7e5b3d1f8a6c4e2b0d9f7a, not saving cache."]
      : []),
  "Post job cleanup.",
  "[command]/usr/bin/git version",
  "git version 2.51.2",
  "Temporarily overriding HOME='/home/runner/work/_temp/9e2d4c6b-1a3f-4e5d-8c7b-2f0a9e1d3c5b' before making global git config changes",
  `[command]/usr/bin/git config --global --add safe.directory /home/runner/work/${repo}/${repo}`,
  "[command]/usr/bin/git config --local --name-only --get-regexp core\\.sshCommand",
  "[command]/usr/bin/git submodule foreach --recursive sh -c \"git config --local --name-only --get-regexp 'core\\.sshCommand' && git config --local --unset-all 'core.sshCommand' || :\"",
  "[command]/usr/bin/git config --local --name-only --get-regexp http\\.https\\:\\/\\/github\\.com\\/\\.extraheader",
  "http.https://github.com/.extraheader",
  "[command]/usr/bin/git config --local --unset-all http.https://github.com/.extraheader",
  "Cleaning up orphan processes",
];

// `##[group]Run <first line>`, the script in cyan, shell and env, as the runner prints a run: step
function runBlock(script, env, stepEnv = []) {
  const lines = script.split("\n");
  const out = [`##[group]Run ${lines[0]}`];
  for (const l of lines) out.push(`${ESC}[36;1m${l}${ESC}[0m`);
  out.push("shell: /usr/bin/bash -e {0}");
  const all = [...env, ...stepEnv.map((e) => `  ${e.replace("=", ": ")}`)];
  if (all.length) out.push("env:", ...all);
  out.push("##[endgroup]");
  return out;
}

// decode workflow commands the way the runner shows them
function workflowCommands(lines) {
  const out = [];
  for (const line of lines) {
    const m = /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(line);
    if (m) {
      const text = m[2].replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
      const [first, ...rest] = text.split("\n");
      out.push(`##[${m[1]}]${first}`);
      for (const r of rest) out.push({ bare: r }); // continuation lines carry no timestamp
    } else if (/^::(group|endgroup|debug|add-mask)::/.test(line)) {
      const g = /^::group::(.*)$/.exec(line);
      if (g) out.push(`##[group]${g[1]}`);
      else if (line.startsWith("::endgroup::")) out.push("##[endgroup]");
    } else out.push(line);
  }
  return out;
}

const stamp = (ms) => `${new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, f) => `.${f}${String(ms % 7919).padStart(4, "0").slice(0, 4)}Z`)}`;

// wraps a long line at the last space before column 80 (as a mail client or an issue box does), hard at 80
// only when a word is longer than that
function wrap80(line) {
  const out = [];
  let rest = line;
  while (rest.length > 80) {
    const cut = rest.lastIndexOf(" ", 80);
    const at = cut > 20 ? cut : 80;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, "");
  }
  out.push(rest);
  return out;
}

function render(c, meta, output) {
  const rnd = seeded(c.id);
  const repo = meta.repo;
  const toolLines = runnerPaths(output, repo).replace(/\n$/, "").split("\n");
  const stack = meta.stack;
  const job = c.job ?? (stack.startsWith("py") ? "test (3.11)" : stack === "go" ? "test" : stack === "rust" ? "cargo" : "build");
  const step = c.step ?? `Run ${meta.uses ?? meta.command.split("\n")[0]}`;
  const env = stack.startsWith("py") ? PY_ENV : [];
  // steps before the failing one
  const before = [...SETUP_BANNER(job), ...(meta.uses ? [] : checkout(repo))];
  const pre = meta.uses ? [] : c.pre ?? (stack.startsWith("py") ? ["python", "pip"] : stack.startsWith("node") ? ["node", "npm"] : stack === "go" ? ["go"] : stack === "rust" ? ["rust"] : []);
  for (const p of pre) {
    if (p === "python") before.push(...setupPython(repo));
    if (p === "pip") before.push(...pipInstall(c.pipPkgs ?? [["iniconfig", "2.3.0"], ["packaging", "26.3"], ["pluggy", "1.6.0"], ["pytest", "9.1.1"]], repo));
    if (p === "node") before.push(...setupNode());
    if (p === "npm") before.push(...npmCi(c.npmPackages ?? 287 + Math.floor(rnd() * 400)));
    if (p === "go") before.push(...setupGo(), ...runBlock("go mod download", []));
    if (p === "rust") before.push(...setupRust());
  }
  // passing steps of the same job that ran before the failing one (their real output, see out/ok/)
  for (const id of c.passing ?? []) {
    const okMeta = JSON.parse(readFileSync(join(here, "out", `${id}.json`), "utf8"));
    if (okMeta.exit !== 0) throw new Error(`${c.id}: passing step ${id} exited ${okMeta.exit}`);
    const okOut = runnerPaths(readFileSync(join(here, "out", `${id}.out`), "utf8"), repo).replace(/\n$/, "");
    before.push(...runBlock(okMeta.command, env, okMeta.env), ...okOut.split("\n"));
  }
  const header = meta.uses
    ? [`##[group]Run ${meta.uses}`, "with:", `  repository: acme/${repo}`, "  token: ***", "  fetch-depth: 1", "##[endgroup]"]
    : runBlock(meta.command, env, meta.env);
  // actions/setup-node registers a tsc problem matcher: the runner shows each matched line as `##[error]<line>`
  const matched = c.matcher === "tsc"
    ? toolLines.map((l) => (/^[^\s].*\(\d+,\d+\): (error|warning) TS\d+: /.test(l) ? `##[${RegExp.$1}]${l}` : l))
    : toolLines;
  const failing = [...header, ...workflowCommands(matched)];
  const trailer = c.trailer ?? meta.trailer ?? (meta.exit !== 0 ? [`##[error]Process completed with exit code ${meta.exit}.`] : []);
  failing.push(...trailer);
  const after = postSteps(repo, stack);

  let t = Date.parse(c.start ?? "2026-11-30T10:15:02.123Z") + Math.floor(rnd() * 3600_000);
  const tick = (big) => {
    t += big ? big : 1 + Math.floor(rnd() * 180);
    return stamp(t);
  };
  const stampLines = (lines, gapAt) =>
    lines.map((l, i) => (typeof l === "object" ? l.bare : `${tick(gapAt?.(i, l))} ${l}`));
  const gap = c.gap ?? meta.gap; // {before: "line text start", ms}: a silent stretch before that line
  const gapFn = gap ? (_i, l) => (typeof l === "string" && l.startsWith(gap.before) ? gap.ms : 0) : undefined;

  const files = {};
  if (c.renderings.includes("raw")) {
    const lines = [...stampLines(before), ...stampLines(failing, gapFn), ...stampLines(c.raw_after ?? after)];
    files.raw = `\ufeff${lines.join("\n")}\n`;
  }
  if (c.renderings.includes("gh")) {
    t = Date.parse("2026-11-30T12:40:11.456Z") + Math.floor(rnd() * 3600_000);
    const lines = stampLines(failing, gapFn).map((l, i) => `${job}\t${step}\t${i === 0 ? "\ufeff" : ""}${l.replaceAll(ESC, "^[")}`);
    files.gh = `${lines.join("\n")}\n`;
  }
  if (c.renderings.includes("web")) {
    const numbered = c.webNumbers ?? rnd() < 0.5;
    const lines = failing.map((l) => stripAnsi(typeof l === "object" ? l.bare : l))
      .map((l) => l.replace(/^##\[group\]/, "").replace(/^##\[endgroup\]$/, "\u0000").replace(/^##\[error\]/, "Error: ").replace(/^##\[warning\]/, "Warning: ").replace(/^##\[notice\]/, "Notice: "))
      .filter((l) => l !== "\u0000");
    files.web = `${lines.map((l, i) => (numbered ? `${i + 1} ${l}` : l)).join("\n")}\n`;
  }
  if (c.renderings.includes("pasted")) {
    const crlf = c.crlf ?? rnd() < 0.4;
    const wrap = c.wrap ?? rnd() < 0.4;
    const prompt = c.prompt ?? rnd() < 0.6;
    // a runner message is only in the job log, so a paste of such a job is copied from the log viewer
    const runnerLines = (c.trailer ?? meta.trailer ?? []).map((l) => l.replace(/^##\[error\]/, "Error: "));
    let lines = [...toolLines, ...runnerLines].map(stripAnsi);
    if (prompt) lines = [`$ ${meta.command.split("\n").join(" && ")}`, ...lines];
    if (wrap) lines = lines.flatMap(wrap80);
    lines = lines.map((l) => (rnd() < 0.15 ? `${l}  ` : l));
    files.pasted = lines.join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
  }
  return files;
}

rmSync(join(corpus, "logs"), { recursive: true, force: true });
const expected = [];
for (const c of cases) {
  const [tool, name] = c.id.split("/");
  const dirOut = existsSync(join(here, "out", tool, `${name}.json`)) ? "out" : "documented";
  const meta = JSON.parse(readFileSync(join(here, dirOut, tool, `${name}.json`), "utf8"));
  let output = existsSync(join(here, dirOut, tool, `${name}.out`)) ? readFileSync(join(here, dirOut, tool, `${name}.out`), "utf8") : "";
  // a documented case may start from the first lines of a real capture (the tool output the runner cut short)
  if (meta.from) output = `${readFileSync(join(here, "out", `${meta.from}.out`), "utf8").split("\n").slice(0, meta.fromLines).join("\n")}\n${output}`;
  const files = render(c, meta, output);
  for (const r of c.renderings) {
    const file = `logs/${tool}/${name}.${r}.log`;
    mkdirSync(join(corpus, "logs", tool), { recursive: true });
    writeFileSync(join(corpus, file), files[r]);
    expected.push({
      file,
      tool: c.tool ?? tool,
      category: c.category,
      locations: c.locations ?? [],
      tests: c.tests ?? [],
      reproduce_contains: c.reproduce ?? [],
      flaky: c.flaky ?? c.category === "flaky",
      flaky_tests: c.flakyTests ?? (c.category === "flaky" ? (c.tests ?? []) : []),
      source: dirOut === "out" ? "real" : "documented",
      version: c.version ?? meta.version ?? null,
      rendering: r,
      exit: meta.exit,
      notes: c.notes ?? "",
    });
  }
}
writeFileSync(join(corpus, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
const byTool = {};
for (const e of expected) byTool[e.tool] = (byTool[e.tool] ?? 0) + 1;
console.log(`${expected.length} log files over ${Object.keys(byTool).length} tools`, byTool);
