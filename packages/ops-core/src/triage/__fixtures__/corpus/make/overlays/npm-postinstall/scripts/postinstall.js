// copies the generated API client into place; fails when the schema was not generated first
const { readFileSync } = require("node:fs");
const schema = readFileSync("openapi/schema.json", "utf8");
console.log(`api client from ${schema.length} bytes of schema`);
