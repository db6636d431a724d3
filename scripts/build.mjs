// Bundles the CLI and the extraction worker into dist/ (ESM, dependencies left in node_modules)
// and copies the rule SQL files beside them. Deterministic: same sources, same bytes.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
await build({
  entryPoints: { cli: "src/cli/cli.ts", "extract-worker": "src/extract/extract-worker.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
cpSync("src/rules/sql", "dist/sql", { recursive: true });
// The code hash in the pipeline fingerprint: the same recipe as hashSources() in
// src/config/fingerprint.ts, so a state built from src/ and one built by the bundle agree.
const h = createHash("sha256");
const visit = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) visit(p);
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) {
      h.update(relative("src", p).split("\\").join("/"));
      h.update(readFileSync(p));
    }
  }
};
visit("src");
writeFileSync("dist/code-hash.txt", `${h.digest("hex").slice(0, 16)}\n`);
