/**
 * Publishing: each CPG table as a folder of Parquet files, `<out>/<table>/part-*.parquet`, which
 * DuckDB, Spark, pandas and pyarrow all read as one table. The parts are hard links to the
 * state's immutable bucket files, so publishing costs a few file-system operations however large
 * the repository is (the store never rewrites a file in place; a superseded bucket file is
 * unlinked from the state, not changed). Where hard links are impossible (another file system)
 * the files are copied. A table with no rows gets one empty Parquet file carrying its schema.
 *
 * The store keeps the published tables compacted (no deleted rows inside their files, see
 * StoreTxn.upsert); should a bucket still carry deletions, its part is written through the
 * store's reader instead of linked.
 *
 * The new folder is assembled under a temporary name and swapped in with two renames.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Db, openDb } from "../store/duckdb.ts";
import { parquetRelation, sqlString } from "../store/sql.ts";
import { type DatasetSpec, hasDeletions, type Manifest, relationOf, type StateStore } from "../store/state-store.ts";
import { replaceFolder } from "./replace-folder.ts";
import { RUN_TABLES } from "./run-tables.ts";

/** Publishes `<out>/<table>/` for each spec from a committed manifest; returns table -> folder. */
export async function publishOutputs(
  store: StateStore,
  manifest: Manifest,
  specs: readonly DatasetSpec[],
  outDir: string,
  db: Db | null,
): Promise<Record<string, string>> {
  mkdirSync(outDir, { recursive: true });
  removeStaleTemps(outDir, specs);
  const written: Record<string, string> = {};
  let ownDb = null as Db | null;
  try {
    for (const spec of specs) {
      const target = join(outDir, spec.name);
      const files = store.filesOf(manifest, spec.name);
      const entry = manifest.datasets[spec.name];
      const masked = hasDeletions(entry);
      written[spec.name] = target;
      // Already published (a run that changed nothing in this table): leave the folder alone.
      if (!masked && alreadyLinked(target, files)) continue;
      await replaceFolder(outDir, spec.name, async (tmp) => {
        if (files.length === 0) {
          const q = db ?? (ownDb ??= await openDb(1));
          await q.exec(`COPY (SELECT * FROM ${parquetRelation([], spec.columns)}) TO ${sqlString(join(tmp, "part-empty.parquet"))} (FORMAT parquet)`);
        }
        let i = 0;
        const partName = () => join(tmp, `part-${String(i++).padStart(5, "0")}.parquet`);
        for (const k of Object.keys(entry?.buckets ?? {}).sort((a, b) => Number(a) - Number(b))) {
          const bucket = entry?.buckets[k];
          if (!bucket) continue;
          if (Object.values(bucket.deleted ?? {}).some((l) => l.length > 0)) {
            const q = db ?? (ownDb ??= await openDb(1));
            const rel = relationOf(store.dir, entry, spec, { keys: new Set([Number(k)]) });
            await q.exec(`COPY (SELECT * FROM ${rel}) TO ${sqlString(partName())} (FORMAT parquet, COMPRESSION zstd)`);
            continue;
          }
          for (const f of bucket.files) {
            const abs = join(store.dir, f);
            const part = partName();
            try {
              linkSync(abs, part);
            } catch {
              copyFileSync(abs, part);
            }
          }
        }
      });
    }
  } finally {
    ownDb?.close();
  }
  return written;
}

/**
 * True when `target` holds exactly `files` as hard links, in order (`part-00000.parquet`, ...):
 * what publishing would produce. A copied part (another file system) or an empty table is never
 * considered linked, so those are always republished.
 */
function alreadyLinked(target: string, files: readonly string[]): boolean {
  if (files.length === 0) return false;
  let entries: string[];
  try {
    entries = readdirSync(target);
  } catch {
    return false;
  }
  if (entries.length !== files.length) return false;
  for (let i = 0; i < files.length; i++) {
    const part = statSync(join(target, `part-${String(i).padStart(5, "0")}.parquet`), { throwIfNoEntry: false });
    const src = statSync(files[i] as string, { throwIfNoEntry: false });
    if (!part || !src || part.ino !== src.ino || part.dev !== src.dev) return false;
  }
  return true;
}

/**
 * Removes the temporary folders (and report temp files) of a publish that was killed mid-way:
 * named after a process that no longer exists, they would stay forever, holding hard links to
 * superseded state files.
 */
function removeStaleTemps(outDir: string, specs: readonly DatasetSpec[]): void {
  const names = new Set([...specs.map((s) => s.name), ...RUN_TABLES]);
  for (const entry of readdirSync(outDir)) {
    const m = /^(?:\.(.+)\.(?:tmp|old)|report\.(?:json|md)\.tmp)-(\d+)$/.exec(entry);
    if (!m || (m[1] !== undefined && !names.has(m[1]))) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && processGone(pid)) rmSync(join(outDir, entry), { recursive: true, force: true });
  }
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** The SQL relation over a published table folder. */
export function publishedRelation(outDir: string, table: string): string {
  return `read_parquet(${sqlString(join(outDir, table, "*.parquet"))})`;
}
