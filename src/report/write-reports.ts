/** Writes report.json and report.md into the output directory (each by atomic rename). */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BuildReport } from "./build-report.ts";
import { renderMarkdown } from "./render-markdown.ts";

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function writeReports(outDir: string, report: BuildReport): void {
  mkdirSync(outDir, { recursive: true });
  writeAtomic(join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeAtomic(join(outDir, "report.md"), renderMarkdown(report));
}
