// Bundles the CLI and the extraction worker into dist/ (ESM, dependencies left in node_modules)
// and copies the rule SQL files beside them. Deterministic: same sources, same bytes.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
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
// The code hash in the pipeline fingerprint, computed by the same function the sources use
// (hashSources in src/config/fingerprint.ts, bundled to a temporary module), so a state built
// from src/ and one built by the bundle agree.
const tmp = join(tmpdir(), `pycpg-fingerprint-${process.pid}.mjs`);
await build({
  entryPoints: ["src/config/fingerprint.ts"],
  outfile: tmp,
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
try {
  const { hashSources } = await import(pathToFileURL(tmp).href);
  writeFileSync("dist/code-hash.txt", `${hashSources(resolve("src"))}\n`);
} finally {
  rmSync(tmp, { force: true });
}
