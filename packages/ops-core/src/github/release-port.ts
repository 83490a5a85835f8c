// The release engines' GitHub port (release/ports.ts ReleaseGitHub) over this folder's typed clients:
// retries and timeouts from the client, pagination, statuses within 140 characters, auto_merge off and
// explicit (empty) required_contexts — CI is a gate the engine evaluates itself, with evidence.

import type { CheckView, DeploymentView, PullRequestView, ReleaseGitHub } from "../release/ports.js";
import { commitChecks } from "./checks.js";
import type { GitHubPort, RepoRef } from "./client.js";
import {
  createDeployment,
  listDeploymentStatuses,
  listDeployments,
  setDeploymentStatus,
} from "./deployments.js";
import { branchHead, createBranch, putFile } from "./git.js";
import { approvingReviewers, createPullRequest, pullRequestForCommit } from "./pulls.js";

export interface ReleasePortOptions {
  /** How many deployments of the environment to read, newest first (default 30: 1 + 30 API calls). */
  historyLimit?: number;
}

export function releaseGitHub(gh: GitHubPort, repo: RepoRef, opts: ReleasePortOptions = {}): ReleaseGitHub {
  return {
    async listDeployments(environment) {
      const deployments = await listDeployments(gh, repo, { environment, maxItems: opts.historyLimit ?? 30 });
      return Promise.all(
        deployments.map(
          async (d): Promise<DeploymentView> => ({
            id: d.id,
            sha: d.sha,
            environment: d.environment,
            createdAt: d.createdAt,
            payload: d.payload,
            statuses: (await listDeploymentStatuses(gh, repo, d.id, 30))
              .sort((a, b) => b.id - a.id)
              .map((s) => ({
                state: s.state as DeploymentView["statuses"][number]["state"],
                description: s.description,
                createdAt: s.createdAt,
              })),
          }),
        ),
      );
    },
    async createDeployment({ sha, environment, payload, description }) {
      const d = await createDeployment(gh, repo, {
        ref: sha,
        environment,
        payload: { schema: 1, ...(payload as Record<string, unknown>) },
        description,
        requiredContexts: [],
        productionEnvironment: environment === "production",
      });
      return { id: d.id };
    },
    async setDeploymentStatus(id, { state, description, logUrl, environment }) {
      await setDeploymentStatus(gh, repo, id, {
        state,
        description,
        logUrl,
        environment,
        autoInactive: false,
      });
    },
    async branchHead(branch) {
      const sha = await branchHead(gh, repo, branch);
      if (!sha) throw new Error(`branch ${branch} does not exist in ${repo.owner}/${repo.repo}`);
      return sha;
    },
    async pullRequestForCommit(sha): Promise<PullRequestView | undefined> {
      const pr = await pullRequestForCommit(gh, repo, sha);
      if (!pr) return undefined;
      return {
        number: pr.number,
        title: pr.title,
        url: pr.url,
        merged: pr.merged,
        approvedBy: await approvingReviewers(gh, repo, pr.number),
      };
    },
    async commitChecks(sha): Promise<CheckView[]> {
      const { checks } = await commitChecks(gh, repo, sha);
      return checks.map((c) => ({ name: c.name, state: c.state, ...(c.url ? { url: c.url } : {}) }));
    },
    async createBranch(branch, sha) {
      await createBranch(gh, repo, branch, sha);
    },
    async proposeFile({ base, branch, path, content, title, body }) {
      const head = await branchHead(gh, repo, base);
      if (!head) throw new Error(`base branch ${base} does not exist`);
      await createBranch(gh, repo, branch, head);
      await putFile(gh, repo, { path, content, message: title, branch });
      return (await createPullRequest(gh, repo, { title, head: branch, base, body })).url;
    },
  };
}
