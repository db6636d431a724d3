/**
 * Suite `import-roots`: the file-level import graph (FILE_IMPORTS) against importlib's PathFinder
 * (test/support/import-oracle.py) on real repositories nobody here wrote, one or more per layout:
 * src/, lib/, a flat package, a repository-root package, nested projects (issue 9).
 *
 * The corpora are real repository checkouts that ship on this machine with the Google Cloud SDK
 * (gsutil and the source trees it vendors under third_party/: tests, examples, docs, setup files
 * and all), plus Django from Debian for the repository-root package. Each is copied, `git init`ed
 * and built fully with pycpg (from the sources, in process). Python is then asked, for every
 * import, which file it loads, with sys.path = the importer's own directory, the roots that the
 * corpus's configuration declares as a person reads it (listed below for each corpus, never taken
 * from pycpg), the repository root. Precision and recall are over distinct (importer, imported
 * file) pairs; the module-name agreement is over every module name an import names.
 *
 * The `lib/` corpus is assembled: pyparsing's checkout with its package moved to lib/ and its
 * pyproject.toml switched to setuptools with `[tool.setuptools.packages.find] where = ["lib"]`
 * (its tests and examples import `pyparsing` by absolute name). Two of gsutil's vendored projects
 * choose their package directory in setup.py code (`python2/` or `python3/` by interpreter):
 * nothing declares it literally, so the build passes `--python-path` for them, as a user would.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeBuildOptions } from "../../src/config/build-options.ts";
import { runBuild } from "../../src/pipeline/run-build.ts";
import { type OracleRoot, runImportOracle } from "../../test/support/import-oracle.ts";
import { commitAll, git } from "../corpora.ts";
import { round } from "../lib/stats.ts";
import type { Suite, SuiteContext } from "../lib/suite.ts";
import { mdTable, textTable } from "../lib/table.ts";

const GSUTIL = "/usr/lib/google-cloud-sdk/platform/gsutil";
const TP = `${GSUTIL}/third_party`;

interface Plan {
  name: string;
  layout: string;
  /** Copies the corpus into `dest` (an empty directory). */
  prepare(dest: string, ctx: SuiteContext): void;
  /** The roots the configuration declares (project, dir), as a person reads it. */
  roots: OracleRoot[];
  pythonPath?: string[];
}

const r = (project: string, dir: string): OracleRoot => ({ project, dir });
const copyTree = (src: string, dest: string) => cpSync(src, dest, { recursive: true, filter: (p) => !/(^|\/)(__pycache__|\.git)(\/|$)|\.pyc$/.test(p) });
const third = (name: string) => (dest: string) => copyTree(join(TP, name), dest);

/** gsutil's nested projects: every vendored checkout with its own setup files, and its package directory. */
const GSUTIL_PROJECTS: [string, string][] = [
  ["third_party/apitools", ""],
  ["third_party/argcomplete", ""],
  ["third_party/argcomplete/test/test_package", ""],
  ["third_party/cachetools", "src"],
  ["third_party/certifi", ""],
  ["third_party/chardet", ""],
  ["third_party/charset_normalizer", ""],
  ["third_party/crcmod", "python3"],
  ["third_party/fasteners", ""],
  ["third_party/funcsigs", ""],
  ["third_party/gcs-oauth2-boto-plugin", ""],
  ["third_party/google-auth-library-python-httplib2", ""],
  ["third_party/google-auth-library-python", ""],
  ["third_party/google-reauth-python", ""],
  ["third_party/httplib2", "python3"],
  ["third_party/idna", ""],
  ["third_party/mock", ""],
  ["third_party/monotonic", ""],
  ["third_party/pyasn1-modules", ""],
  ["third_party/pyasn1", ""],
  ["third_party/pyparsing", ""],
  ["third_party/pyu2f", ""],
  ["third_party/requests", "src"],
  ["third_party/retry-decorator", ""],
  ["third_party/rsa", ""],
  ["third_party/six", ""],
  ["third_party/urllib3", "src"],
  ["gslib/vendored/boto", ""],
  ["gslib/vendored/oauth2client", ""],
];

const PLANS: Plan[] = [
  { name: "requests", layout: "src/", prepare: third("requests"), roots: [r("", ""), r("", "src")] },
  { name: "urllib3", layout: "src/", prepare: third("urllib3"), roots: [r("", ""), r("", "src")] },
  { name: "cachetools", layout: "src/", prepare: third("cachetools"), roots: [r("", ""), r("", "src")] },
  {
    name: "pyparsing-lib",
    layout: "lib/",
    prepare(dest) {
      copyTree(join(TP, "pyparsing"), dest);
      renameSync(join(dest, "pyparsing"), join(dest, "lib-pkg"));
      cpSync(join(dest, "lib-pkg"), join(dest, "lib", "pyparsing"), { recursive: true });
      rmSync(join(dest, "lib-pkg"), { recursive: true });
      const toml = readFileSync(join(dest, "pyproject.toml"), "utf8")
        .replace(/requires = \["flit_core[^\]]*\]/, 'requires = ["setuptools>=61"]')
        .replace('build-backend = "flit_core.buildapi"', 'build-backend = "setuptools.build_meta"');
      writeFileSync(join(dest, "pyproject.toml"), `${toml}\n[tool.setuptools.packages.find]\nwhere = ["lib"]\n`);
      // GitHub's Python .gitignore template ignores lib/; a lib/ layout project drops that line
      const ignore = join(dest, ".gitignore");
      if (existsSync(ignore)) writeFileSync(ignore, readFileSync(ignore, "utf8").replace(/^\/?lib\/?$/gm, ""));
    },
    roots: [r("", ""), r("", "lib")],
  },
  { name: "pyasn1", layout: "flat", prepare: third("pyasn1"), roots: [r("", "")] },
  { name: "chardet", layout: "flat", prepare: third("chardet"), roots: [r("", "")] },
  { name: "rsa", layout: "flat", prepare: third("rsa"), roots: [r("", "")] },
  { name: "google-auth", layout: "flat", prepare: third("google-auth-library-python"), roots: [r("", "")] },
  {
    name: "django",
    layout: "repository-root package",
    prepare(dest, ctx) {
      copyTree(ctx.corpus("django").dir, dest);
    },
    roots: [r("", "")],
  },
  {
    name: "gsutil",
    layout: "nested projects",
    prepare(dest) {
      copyTree(GSUTIL, dest);
    },
    roots: [r("", ""), ...GSUTIL_PROJECTS.map(([p, d]) => r(p, d ? `${p}/${d}` : p))],
    pythonPath: ["third_party/httplib2/python3", "third_party/crcmod/python3"],
  },
];

interface Row {
  name: string;
  layout: string;
  files: number;
  roots: number;
  inferred: number;
  ambiguous: number;
  ours: number;
  python: number;
  both: number;
  precision: number;
  recall: number;
  names_checked: number;
  names_agree: number;
  missing_sample: string[];
  extra_sample: string[];
}

export const importRootsSuite: Suite = {
  name: "import-roots",
  description: "FILE_IMPORTS vs importlib's PathFinder on real repositories, per layout (src/, lib/, flat, root package, nested)",
  async run(ctx) {
    if (!existsSync(TP)) throw new Error(`the corpora come with the Google Cloud SDK (${GSUTIL}); it is not installed here`);
    const rows: Row[] = [];
    const only = process.env.PYCPG_BENCH_IMPORT_ROOTS?.split(",");
    for (const plan of PLANS) {
      if (only && !only.includes(plan.name)) continue;
      const base = join(ctx.root, "import-roots", plan.name);
      // named after the corpus: a repository-root package (django) is found through its parent
      const repo = join(base, plan.name);
      rmSync(base, { recursive: true, force: true });
      plan.prepare(repo, ctx);
      git(repo, ["init", "-q"]);
      commitAll(repo, "corpus", 0);
      ctx.log(`import-roots: building ${plan.name}`);
      const report = await runBuild(
        makeBuildOptions({ repo, state: join(base, "state"), out: join(base, "out"), full: true, pythonPath: plan.pythonPath ?? [] }),
      );
      const o = await runImportOracle(repo, join(base, "state"), plan.roots);
      const f = o.fileImports;
      rows.push({
        name: plan.name,
        layout: plan.layout,
        files: report.files.discovered,
        roots: report.import_roots?.roots.length ?? 0,
        inferred: report.import_roots?.inferred.length ?? 0,
        ambiguous: report.import_roots?.ambiguous_modules ?? 0,
        ours: f.ours,
        python: f.theirs,
        both: f.both,
        precision: round(f.precision, 4),
        recall: round(f.recall, 4),
        names_checked: o.checked,
        names_agree: o.agree,
        missing_sample: f.missing.slice(0, 10),
        extra_sample: f.extra.slice(0, 10),
      });
      ctx.log(`import-roots: ${plan.name}: precision ${f.precision.toFixed(4)} recall ${f.recall.toFixed(4)} (${f.both}/${f.ours} ours, ${f.theirs} python)`);
    }
    const layouts = [...new Set(rows.map((x) => x.layout))].map((layout) => {
      const rs = rows.filter((x) => x.layout === layout);
      const sum = (k: "ours" | "python" | "both") => rs.reduce((n, x) => n + x[k], 0);
      return { layout, corpora: rs.map((x) => x.name), ours: sum("ours"), python: sum("python"), both: sum("both") };
    });
    const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
    const headers = [
      "corpus",
      "layout",
      "files",
      "roots (inferred)",
      "ambiguous",
      "FILE_IMPORTS pycpg / python / both",
      "precision",
      "recall",
      "module names agree",
    ];
    const table = rows.map((x) => [
      x.name,
      x.layout,
      String(x.files),
      `${x.roots} (${x.inferred})`,
      String(x.ambiguous),
      `${x.ours} / ${x.python} / ${x.both}`,
      pct(x.precision),
      pct(x.recall),
      `${x.names_agree}/${x.names_checked}`,
    ]);
    const lheaders = ["layout", "corpora", "precision", "recall"];
    const ltable = layouts.map((l) => [l.layout, l.corpora.join(", "), pct(l.ours ? l.both / l.ours : 1), pct(l.python ? l.both / l.python : 1)]);
    const misses = rows.flatMap((x) => [...x.missing_sample.map((m) => `${x.name}: missing ${m}`), ...x.extra_sample.map((m) => `${x.name}: extra ${m}`)]);
    return {
      results: { corpora: rows, layouts },
      text: `${textTable(headers, table)}\n\n${textTable(lheaders, ltable)}\n\n${misses.slice(0, 40).join("\n")}`,
      markdown: `${mdTable(headers, table)}\n\nPer layout (pairs summed over its corpora):\n\n${mdTable(lheaders, ltable)}`,
    };
  },
};
