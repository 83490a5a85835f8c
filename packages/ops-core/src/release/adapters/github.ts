// ReleaseGitHub on the REST API through octokit (@actions/github, loaded lazily). Every request has a
// timeout. Deployments are created with `auto_merge: false`, explicit (empty) `required_contexts` — CI
// is a gate this project evaluates itself, with evidence — and `auto_inactive: false` on statuses: earlier
// deployments are marked inactive explicitly by the engine.
// `releaseGitHubPort` (used by the actions) delegates to ops-core/src/github/ (H-github: retries on
// idempotent calls, pagination, checked against GitHub's OpenAPI description); `githubAdapter` is this
// module's own direct octokit version, kept for the post step's single call.

import { TransientError } from "../../action/errors.js";
import type {
  CheckView,
  DeploymentStatusView,
  DeploymentView,
  PullRequestView,
  ReleaseGitHub,
} from "../ports.js";

export interface GitHubAdapterOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  timeoutMs?: number;
  /** How many deployments of the environment to read (newest first). */
  historyLimit?: number;
}

type Octokit = Awaited<ReturnType<typeof loadOctokit>>;

async function loadOctokit(o: GitHubAdapterOptions) {
  const { getOctokit } = await import("@actions/github");
  const octokit = getOctokit(o.token, { baseUrl: o.apiUrl });
  const timeoutMs = o.timeoutMs ?? 15_000;
  // A fresh timeout per request; never mutate the shared request defaults (a signal left there would
  // abort every later request once it fires).
  octokit.hook.before("request", (options) => {
    options.request = {
      ...options.request,
      signal: AbortSignal.timeout(timeoutMs),
    } as typeof options.request;
  });
  return octokit;
}

function checkState(
  status: string | null | undefined,
  conclusion: string | null | undefined,
): CheckView["state"] {
  if (status !== "completed") return "pending";
  if (conclusion === "success") return "success";
  if (conclusion === "neutral") return "neutral";
  if (conclusion === "skipped") return "skipped";
  return "failure";
}

export function githubAdapter(o: GitHubAdapterOptions): ReleaseGitHub {
  let client: Promise<Octokit> | undefined;
  const gh = () => {
    client ??= loadOctokit(o);
    return client;
  };
  const repo = { owner: o.owner, repo: o.repo };
  const wrap = async <T>(what: string, fn: (k: Octokit) => Promise<T>): Promise<T> => {
    const k = await gh();
    try {
      return await fn(k);
    } catch (e) {
      const status = (e as { status?: number }).status;
      const message = e instanceof Error ? e.message : String(e);
      if (status === undefined || status >= 500 || status === 429) {
        throw new TransientError(`GitHub API: ${what} failed: ${message}`, { cause: e });
      }
      throw new Error(`GitHub API: ${what} failed (${status}): ${message}`, { cause: e });
    }
  };

  return {
    listDeployments: (environment) =>
      wrap("list deployments", async (k) => {
        const { data } = await k.rest.repos.listDeployments({
          ...repo,
          environment,
          per_page: o.historyLimit ?? 30,
        });
        return Promise.all(
          data.map(async (d): Promise<DeploymentView> => {
            const statuses = await k.rest.repos.listDeploymentStatuses({
              ...repo,
              deployment_id: d.id,
              per_page: 30,
            });
            const sorted = [...statuses.data].sort((a, b) => b.id - a.id);
            return {
              id: d.id,
              sha: d.sha,
              environment: d.environment,
              createdAt: d.created_at,
              payload: d.payload,
              statuses: sorted.map(
                (s): DeploymentStatusView => ({
                  state: s.state as DeploymentStatusView["state"],
                  description: s.description ?? "",
                  createdAt: s.created_at,
                }),
              ),
            };
          }),
        );
      }),
    createDeployment: ({ sha, environment, payload, description }) =>
      wrap("create deployment", async (k) => {
        const { data } = await k.rest.repos.createDeployment({
          ...repo,
          ref: sha,
          environment,
          payload: payload as Record<string, unknown>,
          description,
          auto_merge: false,
          required_contexts: [],
          production_environment: environment === "production",
          transient_environment: false,
        });
        if (!("id" in data))
          throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data).slice(0, 200)}`);
        return { id: data.id };
      }),
    setDeploymentStatus: (id, { state, description, logUrl, environment }) =>
      wrap(`set deployment ${id} ${state}`, async (k) => {
        await k.rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: id,
          state,
          description,
          ...(logUrl ? { log_url: logUrl } : {}),
          environment,
          auto_inactive: false,
        });
      }),
    branchHead: (branch) =>
      wrap(`read branch ${branch}`, async (k) => {
        const { data } = await k.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
      }),
    pullRequestForCommit: (sha) =>
      wrap("find the pull request", async (k): Promise<PullRequestView | undefined> => {
        const { data } = await k.rest.repos.listPullRequestsAssociatedWithCommit({
          ...repo,
          commit_sha: sha,
        });
        const pr = data.find((p) => p.merged_at) ?? data[0];
        if (!pr) return undefined;
        const reviews = await k.rest.pulls.listReviews({ ...repo, pull_number: pr.number, per_page: 100 });
        // A reviewer's latest decisive review counts (a later CHANGES_REQUESTED withdraws an approval).
        const latest = new Map<string, string>();
        for (const r of reviews.data) {
          const login = r.user?.login ?? "";
          if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
            latest.set(login, r.state);
        }
        return {
          number: pr.number,
          title: pr.title,
          url: pr.html_url,
          merged: pr.merged_at !== null && pr.merged_at !== undefined,
          approvedBy: [...latest].filter(([, s]) => s === "APPROVED").map(([l]) => l),
        };
      }),
    commitChecks: (sha) =>
      wrap("read CI checks", async (k) => {
        const [runs, statuses] = await Promise.all([
          k.rest.checks.listForRef({ ...repo, ref: sha, per_page: 100 }),
          k.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }),
        ]);
        const out: CheckView[] = runs.data.check_runs.map((c) => ({
          name: c.name,
          state: checkState(c.status, c.conclusion),
          ...(c.html_url ? { url: c.html_url } : {}),
        }));
        for (const s of statuses.data.statuses) {
          out.push({
            name: s.context,
            state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
            ...(s.target_url ? { url: s.target_url } : {}),
          });
        }
        return out;
      }),
    createBranch: (branch, sha) =>
      wrap(`create branch ${branch}`, async (k) => {
        await k.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
      }),
    proposeFile: ({ base, branch, path, content, title, body }) =>
      wrap("open the incident report pull request", async (k) => {
        const head = await k.rest.git.getRef({ ...repo, ref: `heads/${base}` });
        await k.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: head.data.object.sha });
        await k.rest.repos.createOrUpdateFileContents({
          ...repo,
          path,
          branch,
          message: title,
          content: Buffer.from(content, "utf8").toString("base64"),
        });
        const pr = await k.rest.pulls.create({ ...repo, base, head: branch, title, body });
        return pr.data.html_url;
      }),
  };
}

/**
 * The port over ops-core/github's client (created on first use). The run's cancel signal is not given to
 * it: a cancelled run must still be able to record what state it left.
 */
export function releaseGitHubPort(o: {
  token: string;
  apiUrl: string;
  repository: string;
  setSecret?: (v: string) => void;
}): ReleaseGitHub {
  let port: Promise<ReleaseGitHub> | undefined;
  const get = () => {
    port ??= (async () => {
      const [{ createGitHub, parseRepo }, { releaseGitHub }] = await Promise.all([
        import("../../github/client.js"),
        import("../../github/release-port.js"),
      ]);
      const gh = await createGitHub({
        token: o.token,
        apiUrl: o.apiUrl,
        ...(o.setSecret ? { setSecret: o.setSecret } : {}),
      });
      return releaseGitHub(gh, parseRepo(o.repository));
    })();
    return port;
  };
  return {
    listDeployments: async (environment) => (await get()).listDeployments(environment),
    createDeployment: async (input) => (await get()).createDeployment(input),
    setDeploymentStatus: async (id, input) => (await get()).setDeploymentStatus(id, input),
    branchHead: async (branch) => (await get()).branchHead(branch),
    pullRequestForCommit: async (sha) => (await get()).pullRequestForCommit(sha),
    commitChecks: async (sha) => (await get()).commitChecks(sha),
    createBranch: async (branch, sha) => (await get()).createBranch(branch, sha),
    proposeFile: async (input) => (await get()).proposeFile(input),
  };
}
