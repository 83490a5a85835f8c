// GET /user: 200 for a personal access token, 403 for an installation token (GITHUB_TOKEN), as on GitHub.
import { errorBody, type Router } from "./router.ts";

export function registerUserRoutes(router: Router): void {
  router.add("GET", "/user", (req, { state }) => {
    const who = req.identity;
    if (!who || who.kind === "installation") {
      return {
        status: 403,
        body: errorBody(
          "Resource not accessible by integration",
          403,
          "https://docs.github.com/rest/users/users#get-the-authenticated-user",
        ),
      };
    }
    return {
      status: 200,
      body: {
        ...state.user(who),
        name: who.login,
        company: null,
        blog: "",
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: "2020-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
        private_gists: 0,
        total_private_repos: 0,
        owned_private_repos: 0,
        disk_usage: 0,
        collaborators: 0,
        two_factor_authentication: true,
        plan: { collaborators: 0, name: "pro", space: 976562499, private_repos: 9999 },
      },
    };
  });
}
