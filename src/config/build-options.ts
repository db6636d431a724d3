/** The options of a build, read once into one frozen object. */
import { resolve } from "node:path";
import { DEFAULT_SCIP_TIMEOUT_S, SCIP_OFF, type ScipMode } from "../scip/scip-layer.ts";

export interface BuildOptions {
  readonly repo: string;
  readonly state: string;
  readonly out: string;
  readonly full: boolean;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileBytes: number;
  /** Salt for file ids (so states of different repositories never mix); null = unsalted. */
  readonly repoId: string | null;
  /** Worker threads for extraction (default: one per core). */
  readonly threads: number;
  /**
   * The commit the saved state was built from, for git's change proposal when the state does not
   * record a commit this clone has (built outside git, or a shallow clone). Null: the state's own.
   */
  readonly base: string | null;
  /** The commit being built: the run refuses to start unless the checkout is at it. Null: HEAD. */
  readonly head: string | null;
  /**
   * Extra import roots (`--python-path DIR`, the action's `python-path`): directories, relative to
   * the repository, searched after the importer's own directory and before everything else the
   * configuration declares (like PYTHONPATH). Part of the pipeline fingerprint.
   */
  readonly pythonPath: readonly string[];
  /**
   * The SCIP layer (`--scip off|auto|PATH`): off, run scip-python, or ingest an existing index.
   * Its kind is part of the pipeline fingerprint.
   */
  readonly scip: ScipMode;
  /** Time limit of `--scip auto`'s scip-python run, seconds. */
  readonly scipTimeoutS: number;
  /**
   * Full builds: the parts `-- split: files` outputs are computed in (a power of two, at most the
   * state's buckets); null: by the state's size (`fullBuildParts`). Changes speed, not rows.
   */
  readonly ruleParts: number | null;
}

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export function makeBuildOptions(partial: Partial<BuildOptions> & { repo?: string }): BuildOptions {
  const repo = resolve(partial.repo ?? ".");
  return Object.freeze({
    repo,
    state: resolve(repo, partial.state ?? ".pycpg/state"),
    out: resolve(repo, partial.out ?? ".pycpg/out"),
    full: partial.full ?? false,
    include: Object.freeze([...(partial.include ?? [])]),
    exclude: Object.freeze([...(partial.exclude ?? [])]),
    maxFileBytes: partial.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    repoId: partial.repoId ?? null,
    threads: partial.threads ?? 0,
    base: partial.base ?? null,
    head: partial.head ?? null,
    pythonPath: Object.freeze([...(partial.pythonPath ?? [])]),
    scip: partial.scip ?? SCIP_OFF,
    scipTimeoutS: partial.scipTimeoutS ?? DEFAULT_SCIP_TIMEOUT_S,
    ruleParts: partial.ruleParts ?? null,
  });
}
