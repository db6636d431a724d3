/**
 * Suite `build`: a full build of Django, SymPy, SQLAlchemy, Twisted, SciPy and pandas (each when
 * its Debian package is installed) and the sample repository beside CPython's ast.parse of exactly
 * the same files, in one run. Target (issues 2 and 10): build wall <= 2.0x ast.parse on Django and
 * on large real libraries (SymPy: 31 MB; SQLAlchemy: 6.6 MB; Twisted: 12 MB; SciPy; pandas).
 */
import { CorpusMissingError } from "../corpora.ts";
import { type CorpusBuildResult, headlineTables, measureCorpusBuild, rssStageTables, stageTables } from "../lib/build-measure.ts";
import type { Suite } from "../lib/suite.ts";

export const DJANGO_RATIO_TARGET = 2.0;

export const buildSuite: Suite = {
  name: "build",
  description: `full build of django (best of 3), sympy, sqlalchemy, twisted, scipy and pandas (best of 2) and sample, vs CPython ast.parse of the same files (target: <= ${DJANGO_RATIO_TARGET.toFixed(1)}x)`,
  async run(ctx) {
    const results: CorpusBuildResult[] = [];
    results.push(await measureCorpusBuild(ctx, "build", "django", { astRepeats: 3, buildRepeats: 3, ratioTarget: DJANGO_RATIO_TARGET }));
    for (const large of ["sympy", "sqlalchemy", "twisted", "scipy", "pandas"] as const) {
      try {
        results.push(await measureCorpusBuild(ctx, "build", large, { astRepeats: 2, buildRepeats: 2, ratioTarget: DJANGO_RATIO_TARGET }));
      } catch (err) {
        if (!(err instanceof CorpusMissingError)) throw err;
        ctx.log(`build: ${large} left out: ${err.message}`);
      }
    }
    results.push(await measureCorpusBuild(ctx, "build", "sample", { astRepeats: 3, buildRepeats: 3, ratioTarget: null }));
    const head = headlineTables(results);
    const stages = stageTables(results);
    const rss = rssStageTables(results);
    const note =
      "Wall time is the whole `node bin/pycpg.js build --full --quiet` process, fresh state each run; " +
      "ast.parse is CPython parsing the same files (`git ls-files '*.py'`) in one process, parse calls only. " +
      "Stages are report.json's timings of the fastest run (percent of its wall time).";
    return {
      results: { targets: { django_build_over_ast_parse_max: DJANGO_RATIO_TARGET }, corpora: Object.fromEntries(results.map((r) => [r.corpus, r])) },
      text: `${head.text}\n\nWhere the time goes (fastest run):\n${stages.text}\n\nPeak RSS by stage (MiB, approx., fastest run):\n${rss.text}`,
      markdown: `${head.md}\n\nWhere the time goes (report.json timings of the fastest run, ms and % of wall):\n\n${stages.md}\n\nPeak RSS by stage (MiB; /proc samples every 200 ms placed on those timings, approximate):\n\n${rss.md}\n\n${note}`,
    };
  },
};
