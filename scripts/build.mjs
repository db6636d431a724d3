// Bundles the CLI and the extraction worker into dist/ (ESM, dependencies left in node_modules)
// and copies the rule SQL files beside them. Deterministic: same sources, same bytes.
import { cpSync, mkdirSync, rmSync } from "node:fs";
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
