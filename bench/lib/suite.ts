/**
 * What a benchmark suite is, and what the harness gives it. A suite measures, then returns its
 * machine-readable result (written to bench/results/<suite>.json), a table for the terminal and a
 * Markdown block for docs/benchmarks.md. Progress goes through ctx.log (stderr).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusName, PreparedCorpus } from "../corpora.ts";
import type { Machine } from "./machine.ts";

export interface SuiteContext {
  /** The pycpg checkout (where bin/pycpg.js is). */
  readonly repoRoot: string;
  /** The cache root (corpora, build directories). */
  readonly root: string;
  readonly machine: Machine;
  /** Prints a progress line (stderr). */
  log(line: string): void;
  /** Prepares (or reuses) a corpus, logging progress. */
  corpus(name: CorpusName): PreparedCorpus;
}

export interface SuiteOutput {
  /** Suite-specific results; the harness adds suite, command, date, machine and load averages. */
  readonly results: Record<string, unknown>;
  /** Readable tables for the terminal. */
  readonly text: string;
  /** Markdown tables (no heading; the harness adds the heading and the measured-on line). */
  readonly markdown: string;
}

export interface Suite {
  readonly name: string;
  readonly description: string;
  run(ctx: SuiteContext): Promise<SuiteOutput>;
}

/**
 * The last full build of a corpus is kept (state + out) under <root>/builds/<corpus>/ so that a
 * later suite (query) can use it. Its marker says which corpus commit and which dist/ built it.
 */
export interface KeptBuild {
  readonly state: string;
  readonly out: string;
}

interface KeptMarker {
  corpus_commit: string;
  dist_sha256: string;
}

export function keptBuildDirs(root: string, corpus: CorpusName): KeptBuild {
  const base = join(root, "builds", corpus);
  return { state: join(base, "state"), out: join(base, "out") };
}

export function markKeptBuild(root: string, corpus: CorpusName, corpusCommit: string, distSha: string): void {
  const base = join(root, "builds", corpus);
  mkdirSync(base, { recursive: true });
  writeFileSync(join(base, "bench-build.json"), `${JSON.stringify({ corpus_commit: corpusCommit, dist_sha256: distSha } satisfies KeptMarker)}\n`);
}

/**
 * The kept build of `corpus` if the current dist/ made it from `corpusCommit` (null: from
 * whichever commit; the corpus commit is fixed by its source, so this only skips preparing it).
 */
export function findKeptBuild(root: string, corpus: CorpusName, corpusCommit: string | null, distSha: string): (KeptBuild & KeptMarker) | null {
  const base = join(root, "builds", corpus);
  try {
    const m = JSON.parse(readFileSync(join(base, "bench-build.json"), "utf8")) as KeptMarker;
    const dirs = keptBuildDirs(root, corpus);
    if ((corpusCommit !== null && m.corpus_commit !== corpusCommit) || m.dist_sha256 !== distSha) return null;
    if (!existsSync(join(dirs.state, "manifest.json")) || !existsSync(join(dirs.out, "report.json"))) return null;
    return { ...dirs, ...m };
  } catch {
    return null;
  }
}

/** Drops a kept build's marker (before its directories are rebuilt). */
export function unmarkKeptBuild(root: string, corpus: CorpusName): void {
  rmSync(join(root, "builds", corpus, "bench-build.json"), { force: true });
}
