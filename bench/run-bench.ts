/**
 * The benchmark harness: `npm run bench -- [SUITE...] [--update-docs] [--fresh-corpora]`.
 *
 * Runs the named suites (all of them without names) in their fixed order, prints each suite's
 * tables, writes bench/results/<suite>.json (machine, versions, load average, results) and ends
 * with one Markdown block per suite for docs/benchmarks.md; --update-docs replaces the blocks
 * between `<!-- bench:<suite>:start -->` and `<!-- bench:<suite>:end -->` there itself.
 * Progress lines go to stderr, tables and Markdown to stdout.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchRoot, CorpusMissingError, type CorpusName, type PreparedCorpus, prepareCorpus } from "./corpora.ts";
import { loadAverage, machineInfo, machineLine, versionLine } from "./lib/machine.ts";
import { hasGnuTime } from "./lib/pycpg.ts";
import type { SuiteContext } from "./lib/suite.ts";
import { SUITES } from "./suites/index.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_DIR = join(REPO_ROOT, "bench", "results");
const DOC = join(REPO_ROOT, "docs", "benchmarks.md");
const RESULT_FORMAT = 1;

function usage(): string {
  return [
    "usage: npm run bench -- [SUITE...] [--update-docs] [--fresh-corpora] [--list]",
    "",
    "Suites (no names: all of them, in this order):",
    ...SUITES.map((s) => `  ${s.name.padEnd(8)} ${s.description}`),
    "",
    "  --update-docs     replace the suites' result blocks in docs/benchmarks.md",
    "  --fresh-corpora   copy and commit the corpora again even if a cached copy is usable",
    "  --list            list the suites and exit",
    "",
    "Results: bench/results/<suite>.json. Cache (corpora, builds): $PYCPG_BENCH_DIR or /tmp/pycpg-bench.",
  ].join("\n");
}

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** JSON with 2-space indentation, but arrays of numbers/strings/nulls on one line (short, diff-friendly). */
export function stringifyResult(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\n\s+([^[\]{}]*?)\n\s*\]/g, (_, inner: string) => `[${inner.split(/,\n\s+/).join(", ")}]`);
}

function replaceBlock(doc: string, suite: string, block: string): string | null {
  const start = `<!-- bench:${suite}:start -->`;
  const end = `<!-- bench:${suite}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) return null;
  return doc.slice(0, i) + block + doc.slice(j + end.length);
}

const FLAGS = {
  "update-docs": { type: "boolean" },
  "fresh-corpora": { type: "boolean" },
  list: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const parseCli = (argv: string[]) => parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n\n${usage()}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || values.list) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const unknown = positionals.filter((p) => !SUITES.some((s) => s.name === p));
  if (unknown.length) {
    process.stderr.write(`bench: unknown suite ${unknown.map((u) => `"${u}"`).join(", ")}\n\n${usage()}\n`);
    return 2;
  }
  const selected = positionals.length ? SUITES.filter((s) => positionals.includes(s.name)) : [...SUITES];
  const command = `npm run bench${positionals.length ? ` -- ${selected.map((s) => s.name).join(" ")}` : ""}`;

  if (!existsSync(join(REPO_ROOT, "dist", "cli.js"))) {
    process.stderr.write("bench: dist/cli.js is missing: run `npm run build` first (the bench measures bin/pycpg.js, i.e. dist/)\n");
    return 1;
  }
  const machine = machineInfo(REPO_ROOT);
  const root = benchRoot();
  mkdirSync(root, { recursive: true });
  const loadBefore = loadAverage();
  log(`${command}: suites ${selected.map((s) => s.name).join(", ")}; cache ${root}`);
  log(`machine: ${machineLine(machine)}`);
  log(`measuring: ${versionLine(machine)}`);
  log(`load average before the bench: ${loadBefore.join(" / ")} (1 / 5 / 15 min)`);
  if (machine.dist_older_than_src)
    log("WARNING: dist/ is older than a file in src/: the bench measures dist/ (run `npm run build` to measure the current sources)");
  if (!hasGnuTime()) log("WARNING: /usr/bin/time (GNU time) is missing: peak RSS will not be measured (apt-get install -y time)");

  const prepared = new Map<CorpusName, PreparedCorpus>();
  const ctx: SuiteContext = {
    repoRoot: REPO_ROOT,
    root,
    machine,
    log,
    corpus(name) {
      let c = prepared.get(name);
      if (!c) {
        c = prepareCorpus(name, { root, fresh: values["fresh-corpora"] ?? false, log });
        if (c.reused) log(`corpus ${name}: reusing ${c.dir} (${c.files.length} .py files, commit ${c.commit.slice(0, 12)})`);
        prepared.set(name, c);
      }
      return c;
    },
  };

  mkdirSync(RESULTS_DIR, { recursive: true });
  const blocks: { suite: string; block: string }[] = [];
  const failed: string[] = [];
  const tAll = performance.now();
  for (const suite of selected) {
    const loadStart = loadAverage();
    const t0 = performance.now();
    log(`== suite ${suite.name}: ${suite.description}`);
    let out: Awaited<ReturnType<typeof suite.run>>;
    try {
      out = await suite.run(ctx);
    } catch (err) {
      failed.push(suite.name);
      const msg = err instanceof CorpusMissingError ? err.message : ((err as Error).stack ?? String(err));
      log(`suite ${suite.name} FAILED: ${msg}`);
      continue;
    }
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const loadEnd = loadAverage();
    const date = new Date();
    const doc = {
      suite: suite.name,
      format: RESULT_FORMAT,
      command,
      measured_on: date.toISOString().slice(0, 10),
      measured_at: date.toISOString(),
      duration_s: seconds,
      machine,
      load_average: { before_bench: loadBefore, suite_start: loadStart, suite_end: loadEnd },
      ...out.results,
    };
    const file = join(RESULTS_DIR, `${suite.name}.json`);
    writeFileSync(file, `${stringifyResult(doc)}\n`);
    process.stdout.write(`\n== ${suite.name} (${seconds} s): ${suite.description}\n\n${out.text}\n\nresults: ${file}\n`);
    const header =
      `Measured ${doc.measured_on} with \`${command}\` (suite took ${seconds} s) on ${machineLine(machine)}; ${versionLine(machine)}. ` +
      `Load average (1/5/15 min) ${loadStart.join(" / ")} at the start of the suite, ${loadEnd.join(" / ")} at its end` +
      (selected.length > 1 || loadBefore[0] > 0.5 ? ` (${loadBefore.join(" / ")} before the bench started).` : ".");
    blocks.push({ suite: suite.name, block: `<!-- bench:${suite.name}:start -->\n${header}\n\n${out.markdown}\n<!-- bench:${suite.name}:end -->` });
  }
  log(`done in ${((performance.now() - tAll) / 1000).toFixed(1)} s${failed.length ? `; FAILED: ${failed.join(", ")}` : ""}`);

  if (blocks.length) {
    process.stdout.write("\n---- Markdown for docs/benchmarks.md (each block replaces the one with the same markers; --update-docs does it) ----\n\n");
    process.stdout.write(`${blocks.map((b) => b.block).join("\n\n")}\n`);
  }
  if (values["update-docs"] && blocks.length) {
    let doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
    for (const b of blocks) {
      const next = replaceBlock(doc, b.suite, b.block);
      if (next === null) {
        log(`docs/benchmarks.md has no markers for suite ${b.suite}: appending a section`);
        doc = `${doc.trimEnd()}\n\n### ${b.suite}\n\n${b.block}\n`;
      } else doc = next;
    }
    writeFileSync(DOC, doc);
    log(`updated ${DOC}`);
  }
  return failed.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
