// GET /repos/{owner}/{repo}
import { notFound, type Router } from "./router.ts";

export function registerRepoRoutes(router: Router): void {
  router.add("GET", "/repos/{owner}/{repo}", (req, { state }) => {
    const full = `${req.params.owner}/${req.params.repo}`;
    if (!state.repos.has(full)) return notFound();
    return { status: 200, body: state.repository(full) };
  });
}
