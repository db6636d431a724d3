/** Small SQL helpers shared by the store, the rule runner and publishing. */

/** A single-quoted SQL string literal. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A double-quoted SQL identifier. */
export function sqlIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * SQL: the rows (file_id BIGINT) of the given file ids (decimal strings, as the engine keeps them:
 * BIGINT does not fit a JS number); no ids give one NULL row.
 */
export function fileIdRows(ids: readonly string[]): string {
  return `SELECT CAST(unnest([${ids.map((id) => sqlString(id)).join(", ") || "NULL"}]) AS BIGINT) AS file_id`;
}

/**
 * SQL: the given file ids (decimal strings) as a list of BIGINT literals, for `file_id IN (...)`:
 * a literal list is pushed into the Parquet scans (keep it short: its planning grows with it).
 */
export function fileIdList(ids: readonly string[]): string {
  return ids.map((id) => `CAST('${BigInt(id)}' AS BIGINT)`).join(", ");
}

/** A relation over Parquet files, or an empty relation with the given columns when there are none. */
export function parquetRelation(files: readonly string[], columns: readonly (readonly [string, string])[]): string {
  if (files.length === 0) {
    return `(SELECT ${columns.map(([n, t]) => `CAST(NULL AS ${t}) AS ${sqlIdent(n)}`).join(", ")} WHERE false)`;
  }
  const cols = columns.map(([n]) => sqlIdent(n)).join(", ");
  return `(SELECT ${cols} FROM read_parquet([${files.map(sqlString).join(", ")}]))`;
}

/** A relation over newline-delimited JSON files of the given columns (staged rows of a small run). */
export function jsonRelation(files: readonly string[], columns: readonly (readonly [string, string])[]): string {
  if (files.length === 0) return parquetRelation([], columns);
  const cols = columns.map(([n]) => sqlIdent(n)).join(", ");
  const types = columns.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(", ");
  return `(SELECT ${cols} FROM read_json([${files.map(sqlString).join(", ")}], format = 'newline_delimited', columns = {${types}}))`;
}
