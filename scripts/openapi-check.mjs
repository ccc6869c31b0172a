// The check a frontend team would run on our API document:
//   1. validate it against the official OpenAPI schema (@seriousme/openapi-schema-validator);
//   2. generate TypeScript types from it (openapi-typescript);
//   3. compile the types plus a file that indexes every operation's responses with `tsc --noEmit --strict`.
// Usage: node scripts/openapi-check.mjs <openapi.json> [workdir]. Exit 0 when all three pass.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [file, workArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/openapi-check.mjs <openapi.json> [workdir]");
  process.exit(2);
}
const work = workArg ?? mkdtempSync(join(tmpdir(), "openapi-check-"));
const document = JSON.parse(readFileSync(file, "utf8"));

const validator = new Validator();
const result = await validator.validate(document);
if (!result.valid) {
  console.error(`openapi: invalid OpenAPI ${validator.version ?? "?"} document:`);
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`openapi: valid OpenAPI ${validator.version} document, ${Object.keys(document.paths).length} paths`);

const types = join(work, "api.d.ts");
execFileSync(process.execPath, [join(root, "node_modules/openapi-typescript/bin/cli.js"), file, "-o", types], { stdio: "inherit" });

// One alias per operation, so a path or method missing from the generated types fails to compile.
const lines = ['import type { paths } from "./api";'];
let n = 0;
for (const [path, item] of Object.entries(document.paths)) {
  for (const method of Object.keys(item)) {
    lines.push(`export type Op${n++} = paths[${JSON.stringify(path)}][${JSON.stringify(method)}]["responses"];`);
  }
}
writeFileSync(join(work, "check.ts"), lines.join("\n") + "\n");
execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "--strict", "--target", "es2022",
  "--module", "esnext", "--moduleResolution", "bundler", "--skipLibCheck", "false", join(work, "check.ts")], { stdio: "inherit" });
console.log(`openapi: generated TypeScript compiles (${n} operations)`);
