// Builds dist/: the action (dist/index.js), the CLI (dist/cli.js, imported by bin/pycpg.js) and the
// extraction worker (dist/extract-worker.js), each one self-contained ESM bundle, so that a runner
// can run `node dist/index.js` from a checkout with no node_modules. Beside them: the wasm files
// (tree-sitter runtime, Python grammar, parquet-wasm), the rule SQL, code-hash.txt and a
// package.json that makes the folder ESM. DuckDB's native library is NOT bundled (~70 MB per
// platform): @duckdb/node-bindings' `require('@duckdb/node-bindings-<platform>/duckdb.node')` is
// redirected to src/native/duckdb-native.ts, which loads the library found or fetched at run time;
// the pinned versions and integrities come from package-lock.json and are embedded here.
// Deterministic: same sources and install, same bytes.
//
//   node scripts/build.mjs           build dist/
//   node scripts/build.mjs --check   build, then fail if dist/ differs from what git has (stale dist/)
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const check = process.argv.includes("--check");
const require = createRequire(join(root, "package.json"));

// The code hash of the pipeline fingerprint and the install facts (grammar/DuckDB versions, native
// pins), computed by the same functions the sources use (bundled to a temporary module), so a
// state built from src/ and one built by the bundle agree.
const tmp = join(tmpdir(), `pycpg-build-helpers-${process.pid}.mjs`);
await build({
  stdin: {
    contents: 'export { hashSources } from "./src/config/fingerprint.ts"; export { buildInfoFromInstall } from "./src/config/build-info.ts";',
    resolveDir: root,
    loader: "ts",
  },
  outfile: tmp,
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
let codeHash;
let buildInfo;
try {
  const helpers = await import(pathToFileURL(tmp).href);
  codeHash = helpers.hashSources(resolve("src"));
  buildInfo = helpers.buildInfoFromInstall(root);
} finally {
  rmSync(tmp, { force: true });
}

/**
 * `require('@duckdb/node-bindings-<key>/duckdb.node')` -> the loader src/native/duckdb-native.ts
 * registers (loadDuckdbBinding, under a global symbol, when that module is evaluated: before any
 * DuckDB import, since src/store/duckdb.ts imports it statically and imports DuckDB lazily).
 */
const duckdbNative = {
  name: "duckdb-native",
  setup(b) {
    b.onResolve({ filter: /^@duckdb\/node-bindings-[a-z0-9-]+\/duckdb\.node$/ }, (args) => ({
      path: args.path.slice("@duckdb/node-bindings-".length, -"/duckdb.node".length),
      namespace: "duckdb-native",
    }));
    b.onLoad({ filter: /.*/, namespace: "duckdb-native" }, (args) => ({
      contents: [
        'const load = globalThis[Symbol.for("pycpg.duckdb-native.load")];',
        'if (typeof load !== "function") throw new Error("pycpg: DuckDB was loaded before src/native/duckdb-native.ts (a bundling bug)");',
        `module.exports = load(${JSON.stringify(args.path)});`,
        "",
      ].join("\n"),
      loader: "js",
    }));
  },
};

// ESM output still meets CommonJS code (parquet-wasm's node build reads `${__dirname}/...wasm`;
// dependencies call require('net')...): give the bundle a real `require`, and `__filename` /
// `__dirname` under names of their own (a `define` maps the free identifiers to them: some ESM
// dependencies declare a top-level `__filename` themselves).
const banner = [
  'import { createRequire as __pycpgCreateRequire } from "node:module";',
  'import { dirname as __pycpgDirname } from "node:path";',
  'import { fileURLToPath as __pycpgFileURLToPath } from "node:url";',
  "const require = __pycpgCreateRequire(import.meta.url);",
  "const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);",
  "const __pycpg_dirname = __pycpgDirname(__pycpg_filename);",
].join("\n");

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
await build({
  entryPoints: { index: "src/action/index.ts", cli: "src/cli/cli.ts", "extract-worker": "src/extract/extract-worker.ts" },
  outdir: "dist",
  bundle: true,
  // Shared code and the lazily imported packages (DuckDB's API, web-tree-sitter, parquet-wasm,
  // apache-arrow, the action toolkit) go to chunks: a run compiles only what it imports, so
  // `pycpg build` with nothing to do does not compile the extraction and DuckDB code.
  splitting: true,
  chunkNames: "chunk-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  // Module paths as the project sees them (node_modules/...), not where a symbolic link to
  // node_modules leads: the bundle is then the same in every checkout (dist/ freshness check).
  preserveSymlinks: true,
  banner: { js: banner },
  // A string literal (parsed at run time), not an object: esbuild turns an object define into a
  // module that every file initialises.
  define: { __PYCPG_BUILD_INFO_JSON__: JSON.stringify(JSON.stringify(buildInfo)), __filename: "__pycpg_filename", __dirname: "__pycpg_dirname" },
  plugins: [duckdbNative],
  sourcemap: false,
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
});
writeFileSync("dist/package.json", `${JSON.stringify({ type: "module", private: true }, null, 2)}\n`);
cpSync("src/rules/sql", "dist/sql", { recursive: true });
writeFileSync("dist/code-hash.txt", `${codeHash}\n`);
// Loaded at run time from beside the bundle (import.meta.url / __dirname of dist/*.js).
for (const wasm of ["web-tree-sitter/web-tree-sitter.wasm", "tree-sitter-python/tree-sitter-python.wasm", "parquet-wasm/node/parquet_wasm_bg.wasm"]) {
  copyFileSync(require.resolve(wasm), join("dist", wasm.split("/").pop()));
}

if (check) {
  const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", "dist"], { encoding: "utf8" });
  if (status.trim() !== "") {
    process.stderr.write(`dist/ is stale (it differs from a fresh build of the sources):\n${status}Run \`node scripts/build.mjs\` and commit dist/.\n`);
    process.exit(1);
  }
}
