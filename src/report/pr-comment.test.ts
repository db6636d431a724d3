/**
 * The PR comment and job summary renderers. Hostile names are checked by rendering the output
 * with a real CommonMark + GFM-autolink renderer (markdown-it, raw HTML allowed as GitHub allows
 * some) and looking at the HTML it produces: no element, attribute or link may come from a name.
 */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { BuildReport } from "./build-report.ts";
import {
  code,
  commentMarker,
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_BYTES,
  mermaidLabel,
  type PrCommentInput,
  renderJobSummary,
  renderPrComment,
  rippleDiagram,
  shellQuote,
  text,
} from "./pr-comment.ts";

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false }); // GFM autolinks: http(s)://, www.

function report(over: Partial<BuildReport> = {}): BuildReport {
  return {
    tool: { name: "pycpg", version: "0.1.0" },
    schema_version: 1,
    fingerprint: "f".repeat(64),
    mode: "incremental",
    fallback_reason: null,
    repo: "/repo",
    discovery: "git",
    generation: 2,
    files: { discovered: 40, bytes: 1000, with_syntax_errors: 0, by_status: { ok: 40 } },
    graph: { nodes: { FILE: 40, FUNCTION: 200 }, edges: { CALLS: 300 }, props: 900 },
    diagnostics: { total: 0, shown: [] },
    changed: [{ path: "shop/pricing.py", status: "modified", old_path: null }],
    impacted: [
      { path: "shop/pricing.py", reasons: ["content_changed (modified)"], via: [] },
      { path: "shop/orders.py", reasons: ["imports shop.pricing (changed: percent)"], via: ["shop/pricing.py"] },
      { path: "tests/test_pricing.py", reasons: ["uses attributes of shop.pricing (changed: shop.pricing.percent)"], via: ["shop/pricing.py"] },
    ],
    api_changes: [
      {
        path: "shop/pricing.py",
        module: "shop.pricing",
        changes: [
          {
            name: "percent",
            kind: "function",
            change: "changed",
            before: "def percent(value, /, places: int = 4)",
            after: "def percent(value, /, *, places: int = 2)",
          },
        ],
      },
    ],
    affected_tests: ["tests/test_pricing.py"],
    delta: { nodes_added: 3, nodes_removed: 2, edges_added: 10, edges_removed: 7, props_added: 5, props_removed: 4, files: [] },
    timings: { discover_ms: 5, extract_ms: 40, rules_ms: 300, total_ms: 1234 },
    outputs: {},
    ...over,
  };
}

function input(r: BuildReport, over: Partial<PrCommentInput["context"]> = {}, header = "pycpg"): PrCommentInput {
  return {
    report: r,
    header,
    context: {
      runUrl: "https://github.com/o/r/actions/runs/1",
      artifactUrl: "https://github.com/o/r/actions/runs/1/artifacts/2",
      cache: "hit",
      baseSha: "a".repeat(40),
      headSha: "b".repeat(40),
      notices: [],
      ...over,
    },
  };
}

/** The rendered HTML's tags (name + attributes), for checking nothing came from a name. */
function tags(htmlOut: string): string[] {
  return [...htmlOut.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`);
}

const HOSTILE = [
  "<img src=x onerror=alert(1)>.py",
  "[x](http://evil).py",
  "a`b``c```.py",
  "a|b|c.py",
  "%%{init: {'theme':'dark'}}%%.py",
  "evil\n# Heading\n<script>alert(1)</script>.py",
  "</details><details open>.py",
  "www.evil.example/x.py",
  "-->\n<!-- .py",
  "![img](http://evil/t.png).py",
  "tests/test_'quote' $(rm -rf).py",
];

describe("escaping", () => {
  it("code spans hold any text literally", () => {
    for (const s of HOSTILE) {
      const out = md.renderInline(code(s));
      expect(out.startsWith("<code>")).toBe(true);
      expect(tags(out)).toEqual(["code"]);
    }
  });

  it("text() leaves no tag, link or emphasis", () => {
    for (const s of [...HOSTILE, "**bold** _it_ ~~s~~ user@example.com http://x.example snake_case_name", "# heading", "1. item", "- item", "> quote"]) {
      const out = md.renderInline(text(s));
      expect(tags(out), `${JSON.stringify(s)} -> ${out}`).toEqual([]);
      // as a block too: no heading, list or quote starts
      expect(tags(md.render(text(s))), s).toEqual(["p"]);
    }
  });

  it("text() does not mention anyone or reference an issue", () => {
    const out = text("@octocat see #12 and @org/team");
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).not.toMatch(/#\d/);
    expect(text("content_changed (modified)")).toBe("content_changed (modified)");
    expect(text("0.1.0")).toBe("0.1.0");
    expect(text("1. x")).toBe("1\\. x");
  });

  it("mermaid labels keep a safe alphabet", () => {
    for (const s of HOSTILE) {
      const l = mermaidLabel(s);
      expect(l).toMatch(/^[A-Za-z0-9_./ -]*$|^…[A-Za-z0-9_./ -]*$/);
      expect(l).not.toContain("%%");
      expect(l).not.toContain('"');
    }
  });

  it("a whole comment about hostile files renders to nothing but our own markup", () => {
    const paths = HOSTILE;
    const r = report({
      changed: paths.map((p) => ({ path: p, status: "modified", old_path: null })),
      impacted: paths.map((p, i) => ({ path: `dep${i}/${p}`, reasons: [`imports ${p} (changed: <b>x</b>)`], via: [p] })),
      api_changes: paths.map((p) => ({ path: p, module: p, changes: [{ name: p, kind: "function", change: "changed", before: p, after: `${p}(x)` }] })),
      affected_tests: paths.map((p) => `tests/${p}`),
    });
    const body = renderPrComment(input(r, { notices: ["<img src=x onerror=alert(1)> [click](http://evil)"] }, "<b>hdr</b> -->"));
    const out = md.render(body);
    const allowed =
      /^(h3|h4|p|strong|em|code|ul|li|ol|details|summary|pre|table|thead|tbody|tr|th|td|blockquote|sub|code class="language-(sh|mermaid)"|a href="https:\/\/github\.com\/o\/r\/actions\/runs\/1(\/artifacts\/2)?")( style="text-align:right")?$/;
    for (const t of tags(out)) expect(t, out).toMatch(allowed);
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script");
    expect(out).not.toMatch(/<a href="http:\/\/evil/);
    // one marker, at the start; the header cannot close it early
    expect(body.startsWith(`${commentMarker("<b>hdr</b> -->")}\n`)).toBe(true);
    expect(commentMarker("<b>hdr</b> -->")).toMatch(/^<!-- pycpg-comment:[^\s>]* -->$/);
    // the mermaid block: every node label is within the safe alphabet, no directive
    const mermaid = body.match(/```mermaid\n([\s\S]*?)\n```/)?.[1] ?? "";
    expect(mermaid).toContain("flowchart LR");
    expect(mermaid).not.toContain("%%");
    for (const m of mermaid.matchAll(/\["([^"]*)"\]/g)) expect(m[1]).toMatch(/^…?[A-Za-z0-9_./ -]*$/);
    // details open and close in pairs
    expect((out.match(/<details>/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
  });
});

describe("content", () => {
  it("an incremental run: headline, API changes, impacted with reasons, tests with a command, ripple, delta, links", () => {
    const body = renderPrComment(input(report()));
    const lines = body.split("\n");
    expect(lines[0]).toBe(commentMarker("pycpg"));
    expect(lines[1]).toBe("### pycpg");
    expect(lines[2]).toBe("**1 file changed → 3 files impacted → 1 test file affected** · incremental · cache: hit · 1.23 s");
    expect(lines[4]).toBe("Changed: `shop/pricing.py` (modified)");
    const order = ["#### API changes", "#### Impacted files (3)", "#### Affected tests (1)", "#### Ripple", "#### Graph delta", "[CPG artifact]"].map((h) =>
      body.indexOf(h),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body).toContain("- ✏️ changed function `percent`: `def percent(value, /, places: int = 4)` → `def percent(value, /, *, places: int = 2)`");
    expect(body).toContain("- `shop/orders.py`: imports shop.pricing (changed: percent)");
    expect(body).toContain("```sh\npython -m pytest tests/test_pricing.py\n```");
    expect(body).toContain('n0["shop/pricing.py"]:::changed');
    expect(body).toMatch(/n0 --> n1/);
    expect(body).toContain("| nodes | +3 / −2 |");
    expect(body).toContain("`aaaaaaaaaa` → `bbbbbbbbbb`");
    expect(renderJobSummary(input(report()))).toContain("#### API changes");
    expect(renderJobSummary(input(report()))).not.toContain("<!-- pycpg-comment");
  });

  it("an impacted file whose graph came out the same is marked as rechecked", () => {
    const impacted = [
      { path: "shop/pricing.py", reasons: ["content_changed (modified)"], via: [], graph_changed: true },
      { path: "shop/orders.py", reasons: ["type dependency (shop/pricing.py)"], via: ["shop/pricing.py"], graph_changed: false },
      { path: "shop/cli.py", reasons: ["imports shop.pricing (changed: percent)"], via: ["shop/pricing.py"] },
    ];
    const body = renderPrComment(input(report({ impacted })));
    expect(body).toContain("- `shop/orders.py`: type dependency (shop/pricing.py) *(rechecked: its graph did not change)*");
    expect(body).toContain("- `shop/pricing.py` *(changed)*: content_changed (modified)\n");
    // a report without the field (an older pycpg) says nothing either way
    expect(body).toContain("- `shop/cli.py`: imports shop.pricing (changed: percent)\n");
  });

  it("a schema v2 delta shows changed and moved rows apart", () => {
    const delta = {
      nodes_added: 1,
      nodes_removed: 0,
      nodes_changed: 2,
      nodes_moved: 4827,
      edges_added: 1,
      edges_removed: 0,
      edges_changed: 0,
      props_added: 1,
      props_removed: 0,
      props_changed: 3,
      files: [],
    };
    const body = renderPrComment(input(report({ delta })));
    expect(body).toContain("| | added / removed | changed | moved |");
    expect(body).toContain("| nodes | +1 / −0 | 2 | 4,827 |");
    expect(body).toContain("| properties | +1 / −0 | 3 | |");
  });

  it("a full build: a short comment saying why, with the graph size", () => {
    const body = renderPrComment(
      input(report({ mode: "full", fallback_reason: "no previous state", changed: [], impacted: [], api_changes: [], affected_tests: [], delta: null }), {
        cache: "miss",
      }),
    );
    expect(body).toContain("**Full build** of 40 Python files: 240 nodes, 300 edges · cache: miss · 1.23 s");
    expect(body).toContain("Why full: no previous state.");
    expect(body).not.toContain("#### ");
    expect(body.length).toBeLessThan(800);
  });

  it("names every changed file, renames with their old path, deletions included", () => {
    const body = renderPrComment(
      input(
        report({
          changed: [
            { path: "a.py", status: "deleted", old_path: null },
            { path: "new/b.py", status: "renamed", old_path: "old/b.py" },
          ],
        }),
      ),
    );
    expect(body).toContain("Changed: `a.py` (deleted), `new/b.py` (renamed from `old/b.py`)");
  });

  it("notices are shown under the headline", () => {
    const body = renderPrComment(input(report(), { notices: ["shallow clone: changes taken from content hashes"] }));
    expect(body).toContain("> [!WARNING]\n> shallow clone: changes taken from content hashes");
    expect(body.indexOf("[!WARNING]")).toBeLessThan(body.indexOf("#### API changes"));
  });

  it("long lists collapse into <details>", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `pkg/m${i}.py`, reasons: ["imports x (changed: y)"], via: ["shop/pricing.py"] }));
    const body = renderPrComment(input(report({ impacted: many })));
    expect(body).toContain("<details><summary>25 files recomputed, changed ones included, with why</summary>\n\n- `pkg/m0.py`");
    const short = renderPrComment(input(report()));
    expect(short).not.toContain("<summary>3 files");
  });

  it("the pytest command is shell-quoted", () => {
    expect(shellQuote("tests/test_a.py")).toBe("tests/test_a.py");
    expect(shellQuote("tests/it's here.py")).toBe("'tests/it'\\''s here.py'");
    expect(shellQuote("-k.py")).toBe("./-k.py");
    expect(shellQuote("t/$(x).py")).toBe("'t/$(x).py'");
    const body = renderPrComment(input(report({ affected_tests: ["tests/a b.py", "tests/c.py", "tests/```.py"] })));
    expect(body).toContain("python -m pytest 'tests/a b.py' tests/c.py 'tests/```.py'");
    // the fence is longer than any backtick run inside, so the block holds
    expect(body).toMatch(/````sh\npython -m pytest [^\n]*\n````/);
  });
});

describe("size", () => {
  it("truncates under 65,536 characters at a section boundary, with a visible notice", () => {
    const impacted = Array.from({ length: 3000 }, (_, i) => ({
      path: `pkg/sub${i % 50}/module_with_a_long_name_${i}.py`,
      reasons: [`imports pkg.sub${i % 7} (changed: ${"name".repeat(20)})`],
      via: [`pkg/core${i % 5}.py`],
    }));
    const api = Array.from({ length: 400 }, (_, i) => ({
      path: `pkg/core${i}.py`,
      module: `pkg.core${i}`,
      changes: [
        { name: `f${i}`, kind: "function", change: "changed" as const, before: `def f${i}(${"a, ".repeat(50)})`, after: `def f${i}(${"b, ".repeat(50)})` },
      ],
    }));
    const r = report({ impacted, api_changes: api, affected_tests: impacted.map((i) => i.path.replace("pkg/", "tests/")) });
    const body = renderPrComment(input(r));
    expect(body.length).toBeLessThan(MAX_COMMENT_CHARS);
    expect(body.length).toBeGreaterThan(30_000); // it used the room
    // the headline and the first sections survive; shortened lists say how many more
    expect(body).toContain("**1 file changed → 3000 files impacted → 3000 test files affected**");
    expect(body).toMatch(/…and \d+ API changes more\./);
    // every list is shortened alike, and a notice says so
    expect(body).toMatch(/…and \d+ impacted files more\./);
    expect(body).toContain("> [!NOTE]\n> Shortened to fit GitHub's size limit.");
    expect(body).toContain("The command to run them all is too long for this comment");
    // no section is cut in the middle: details and code fences are balanced
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    const summary = renderJobSummary(input(r));
    expect(Buffer.byteLength(summary)).toBeLessThan(MAX_SUMMARY_BYTES);
    expect(summary.length).toBeGreaterThan(body.length);
  });

  it("never splits a surrogate pair when clipping", () => {
    const emoji = "😀".repeat(400);
    const body = renderPrComment(
      input(report({ changed: [{ path: `${emoji}.py`, status: "modified", old_path: null }], impacted: [{ path: `${emoji}.py`, reasons: [emoji], via: [] }] })),
    );
    // a lone surrogate is not well-formed
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(body)).toBe(false);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(`${"😀".slice(0, 1)}x`)).toBe(true); // the check can fail
    expect(body).toContain("…");
  });
});

describe("ripple diagram", () => {
  it("links changed files to the files they reached", () => {
    const m = rippleDiagram(report());
    expect(m).toBe(
      [
        "flowchart LR",
        '  n0["shop/pricing.py"]:::changed',
        '  n1["shop/orders.py"]',
        '  n2["tests/test_pricing.py"]',
        "  n0 --> n1",
        "  n0 --> n2",
        "  classDef changed fill:#fde68a,stroke:#b45309",
      ].join("\n"),
    );
    expect(rippleDiagram(report({ impacted: [{ path: "a.py", reasons: [], via: [] }] }))).toBeNull();
  });

  it("draws a rechecked file whose graph came out the same dashed", () => {
    const impacted = [
      { path: "shop/pricing.py", reasons: ["content_changed (modified)"], via: [], graph_changed: true },
      { path: "shop/orders.py", reasons: ["type dependency (shop/pricing.py)"], via: ["shop/pricing.py"], graph_changed: false },
      { path: "shop/cli.py", reasons: ["imports shop.pricing (changed: percent)"], via: ["shop/pricing.py"], graph_changed: true },
    ];
    const m = rippleDiagram(report({ impacted })) ?? "";
    expect(m).toContain('["shop/orders.py"]:::same');
    expect(m).toMatch(/\["shop\/cli\.py"\]\n/);
    expect(m).toContain('["shop/pricing.py"]:::changed');
    expect(m).toContain("  classDef same stroke-dasharray:4 3,color:#6b7280");
    // no classDef for a class no node uses
    expect(rippleDiagram(report())).not.toContain("classDef same");
  });

  it("aggregates to packages when large, and stays bounded", () => {
    const impacted = Array.from({ length: 500 }, (_, i) => ({ path: `app/part${i % 12}/mod${i}.py`, reasons: [], via: ["core/base.py", "core/util.py"] }));
    const m = rippleDiagram(report({ changed: [{ path: "core/base.py", status: "modified", old_path: null }], impacted }), 20) as string;
    const nodes = [...m.matchAll(/^ {2}n\d+\["([^"]*)"\]/gm)].map((x) => x[1]);
    expect(nodes.length).toBeLessThanOrEqual(20);
    expect(nodes).toContain("core/base.py");
    expect(nodes).toContain("app/part0/");
    // grouped links carry counts: 500/12 files of each part, from each changed file
    expect(m).toMatch(/ -- 42 --> /);
    const huge = Array.from({ length: 5000 }, (_, i) => ({ path: `p${i}/q${i}/m.py`, reasons: [], via: [`src${i % 300}/x.py`] }));
    const h = rippleDiagram(report({ impacted: huge }), 40) as string;
    expect(h.split("\n").length).toBeLessThan(40 * 3 + 5);
    expect(h).toContain("more links not shown");
  });
});
