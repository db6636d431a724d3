/**
 * Suite `scale`: one full build of the whole CPython stdlib directory with site-packages
 * (~13,353 files), wall time and peak RSS, beside ast.parse of the same files.
 * Target (issue 2): peak RSS <= 1.5 GB (1,572,864 KB).
 */
import { headlineTables, measureCorpusBuild, rssStageTables, stageTables } from "../lib/build-measure.ts";
import type { Suite } from "../lib/suite.ts";

export const RSS_LIMIT_KB = 1_572_864;

export const scaleSuite: Suite = {
  name: "scale",
  description: "one full build of stdlib+site (~13k files): wall, peak RSS (target <= 1.5 GB), ast.parse floor, ratio",
  async run(ctx) {
    const r = await measureCorpusBuild(ctx, "scale", "stdlib+site", { astRepeats: 1, buildRepeats: 1, ratioTarget: null });
    const head = headlineTables([r], RSS_LIMIT_KB);
    const stages = stageTables([r]);
    const rss = rssStageTables([r]);
    const meets = r.build.peak_rss_kb === null ? null : r.build.peak_rss_kb <= RSS_LIMIT_KB;
    return {
      results: { targets: { peak_rss_kb_max: RSS_LIMIT_KB }, meets_rss_target: meets, corpora: { [r.corpus]: r } },
      text: `${head.text}\n\nWhere the time goes:\n${stages.text}\n\nPeak RSS by stage (MiB, approx.):\n${rss.text}`,
      markdown: `${head.md}\n\nWhere the time goes (report.json timings, ms and % of wall):\n\n${stages.md}\n\nPeak RSS by stage (MiB; /proc samples every 200 ms placed on those timings, approximate):\n\n${rss.md}\n\nOne build and one ast.parse pass (each takes tens of seconds); peak RSS is the larger of GNU time's maximum resident set size and the largest sampled sum of pycpg's and its extraction worker processes' (large builds) resident sets.`,
    };
  },
};
