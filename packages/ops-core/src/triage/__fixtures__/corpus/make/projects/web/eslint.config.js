import js from "@eslint/js";

export default [
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { console: "readonly", process: "readonly" } },
    rules: { eqeqeq: "error", "no-var": "error", "prefer-const": "error" },
  },
  { ignores: ["node_modules/", "dist/", "**/*.ts"] },
];
