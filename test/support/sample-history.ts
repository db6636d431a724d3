/**
 * Scripted git history of the embedded sample repository (fixtures/sample-repo).
 *
 * `createSampleHistory(dir)` copies the fixture into `dir`, runs `git init` and
 * replays a fixed list of commits (renames, moves, deletions, star-import
 * changes, a syntax error and its fix, an empty "touch" commit...). Authors,
 * dates, file modes and git configuration are pinned so the commit shas are
 * identical on every machine.
 *
 * Every edit is an exact string replacement that throws when its target is
 * missing, so editing the fixture without updating this script fails loudly.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export interface HistoryCommit {
  sha: string;
  message: string;
}

/** Absolute path of fixtures/sample-repo. */
export const SAMPLE_REPO_DIR: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "sample-repo");

const GIT_CONFIG = [
  "-c",
  "user.name=pycpg",
  "-c",
  "user.email=pycpg@example.invalid",
  "-c",
  "commit.gpgsign=false",
  "-c",
  "init.defaultBranch=main",
  "-c",
  "core.autocrlf=false",
  "-c",
  "core.safecrlf=false",
  "-c",
  "core.fileMode=true",
];

/** 2024-01-01T00:00:00Z; commit i is dated one hour after commit i-1. */
const BASE_EPOCH = 1_704_067_200;

/** Files and directories of the fixture that are never copied (tool droppings). */
const SKIP_NAMES = new Set(["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".git"]);

interface Ctx {
  dir: string;
}

interface Step {
  message: string;
  /** Applies the change to the work tree; staging (`git add -A`) is done afterwards. */
  apply: (ctx: Ctx) => void;
  allowEmpty?: boolean;
}

// ---------------------------------------------------------------------------
// Edit helpers. Files are read and written as latin1 ("binary"), which maps
// bytes 1:1 to code units, so BOMs, CRLFs and non-UTF-8 bytes survive intact.
// Replacement strings must therefore be ASCII.

type Replacement = [from: string, to: string, count?: number];

function filePath(ctx: Ctx, rel: string): string {
  return path.join(ctx.dir, ...rel.split("/"));
}

function readFile(ctx: Ctx, rel: string): string {
  const p = filePath(ctx, rel);
  if (!fs.existsSync(p)) throw new Error(`sample history: ${rel} does not exist`);
  return fs.readFileSync(p, "latin1");
}

function writeFile(ctx: Ctx, rel: string, text: string): void {
  const p = filePath(ctx, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text, { encoding: "latin1", mode: 0o644 });
  fs.chmodSync(p, 0o644);
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Replaces every occurrence of each `from` in `rel`. Throws if `from` does not
 * occur, or (when given) does not occur exactly `count` times.
 */
function edit(ctx: Ctx, rel: string, ...replacements: Replacement[]): void {
  let text = readFile(ctx, rel);
  for (const [from, to, count] of replacements) {
    const n = countOccurrences(text, from);
    if (n === 0 || (count !== undefined && n !== count)) {
      throw new Error(`sample history: expected ${count ?? "at least 1"} occurrence(s) of ${JSON.stringify(from)} in ${rel}, found ${n}`);
    }
    text = text.split(from).join(to);
  }
  writeFile(ctx, rel, text);
}

function createFile(ctx: Ctx, rel: string, text: string): void {
  if (fs.existsSync(filePath(ctx, rel))) throw new Error(`sample history: ${rel} already exists`);
  writeFile(ctx, rel, text);
}

function deleteFile(ctx: Ctx, rel: string): void {
  const p = filePath(ctx, rel);
  if (!fs.existsSync(p)) throw new Error(`sample history: cannot delete missing ${rel}`);
  fs.rmSync(p);
}

// ---------------------------------------------------------------------------
// Git plumbing.

function gitEnv(epoch?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Drop inherited GIT_* variables (e.g. GIT_DIR / GIT_INDEX_FILE when running
  // inside a hook) so they cannot redirect git away from `dir`.
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("GIT_")) env[key] = value;
  }
  env.GIT_CONFIG_NOSYSTEM = "1";
  env.GIT_CONFIG_GLOBAL = os.devNull;
  env.GIT_TERMINAL_PROMPT = "0";
  if (epoch !== undefined) {
    env.GIT_AUTHOR_DATE = `${epoch} +0000`;
    env.GIT_COMMITTER_DATE = `${epoch} +0000`;
  }
  return env;
}

function git(dir: string, args: string[], epoch?: number): string {
  try {
    return execFileSync("git", [...GIT_CONFIG, ...args], {
      cwd: dir,
      env: gitEnv(epoch),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`git ${args.join(" ")} failed in ${dir}: ${e.stderr?.trim() || e.message}`);
  }
}

function copyFixture(src: string, dest: string): void {
  fs.mkdirSync(dest, { recursive: true, mode: 0o755 });
  fs.chmodSync(dest, 0o755);
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    if (SKIP_NAMES.has(entry.name) || entry.name.endsWith(".pyc")) continue;
    const from = path.join(src, entry.name);
    const to = path.join(dest, entry.name);
    if (entry.isDirectory()) {
      copyFixture(from, to);
    } else if (entry.isFile()) {
      fs.copyFileSync(from, to);
      // Pin the mode: git records the executable bit, which would change shas.
      fs.chmodSync(to, 0o644);
    }
  }
}

// ---------------------------------------------------------------------------
// The scripted history.

const SHIPPING_MODULE = `"""Shipping cost estimation."""
from __future__ import annotations

from decimal import Decimal

from .models import Order

RATE_PER_KG = Decimal("4.50")
FREE_SHIPPING_OVER = Decimal("100")


def parcel_weight(order: Order) -> Decimal:
    return sum((Decimal(str(line.item.weight_kg)) * line.quantity for line in order.lines), Decimal("0"))


def shipping_cost(order: Order) -> Decimal:
    """Flat rate per kilogram; free above FREE_SHIPPING_OVER."""
    if order.subtotal >= FREE_SHIPPING_OVER:
        return Decimal("0.00")
    return (parcel_weight(order) * RATE_PER_KG).quantize(Decimal("0.01"))
`;

const STEPS: Step[] = [
  {
    message: "Initial import of the acme shop sample",
    apply: () => {},
  },
  {
    message: "pricing: restructure apply_tax body",
    apply: (ctx) =>
      edit(ctx, "shop/pricing.py", [
        `    rate = Decimal(str(TAX_RATES.get(currency, 0)))
    if inclusive:
        return quantize(amount)
    return quantize(amount * (1 + rate))
`,
        `    if inclusive:
        return quantize(amount)
    rate = Decimal(str(TAX_RATES.get(currency, 0)))
    taxed = amount + amount * rate
    return quantize(taxed)
`,
        1,
      ]),
  },
  {
    message: "formatting: rename format_money to format_amount",
    apply: (ctx) => {
      edit(ctx, "shop/formatting.py", ["format_money", "format_amount", 3]);
      edit(ctx, "shop/__init__.py", ["format_money", "format_amount", 2]);
      edit(ctx, "shop/orders.py", ["from .formatting import format_money as money", "from .formatting import format_amount as money", 1]);
      edit(ctx, "shop/cli.py", ["format_money", "format_amount", 2]);
      edit(ctx, "shop/reports.py", ["format_money", "format_amount", 2]);
      edit(ctx, "tests/test_formatting.py", ["format_money", "format_amount", 4]);
    },
  },
  {
    message: "shipping: add shop/shipping.py and OrderService.quote",
    apply: (ctx) => {
      createFile(ctx, "shop/shipping.py", SHIPPING_MODULE);
      edit(
        ctx,
        "shop/orders.py",
        ["from .registry import counted, register\n", "from .registry import counted, register\nfrom .shipping import shipping_cost\n", 1],
        [
          `        return apply_tax(discounted, order.currency)
`,
          `        return apply_tax(discounted, order.currency)

    def quote(self, order: Order) -> Decimal:
        """Total including shipping."""
        return self.total(order) + shipping_cost(order)
`,
          1,
        ],
      );
    },
  },
  {
    message: "plugins: delete the loyalty plugin",
    apply: (ctx) => {
      deleteFile(ctx, "shop/plugins/loyalty.py");
      edit(ctx, "shop/cli.py", ["from .plugins import discounts, loyalty\n", "from .plugins import discounts\n", 1], ["    loyalty.install()\n", "", 1]);
    },
  },
  {
    message: "storage: move shop/storage.py to shop/core/storage.py",
    apply: (ctx) => {
      git(ctx.dir, ["mv", "shop/storage.py", "shop/core/storage.py"]);
      edit(ctx, "shop/core/storage.py", ["    from .models import Item\n", "    from ..models import Item\n", 1]);
      edit(ctx, "shop/inventory.py", ["from .storage import load_records\n", "from .core.storage import load_records\n", 1]);
      edit(ctx, "shop/cli.py", ["from .storage import load_records, save_records\n", "from .core.storage import load_records, save_records\n", 1]);
      edit(ctx, "tests/test_inventory.py", ["from shop.storage import save_records\n", "from shop.core.storage import save_records\n", 1]);
    },
  },
  {
    message: "package: re-export Customer from shop",
    apply: (ctx) =>
      edit(
        ctx,
        "shop/__init__.py",
        ["from .models import Item, Order\n", "from .models import Customer, Item, Order\n", 1],
        ['    "Item",\n', '    "Customer",\n    "Item",\n', 1],
      ),
  },
  {
    message: "sync: star-import shop.constants",
    apply: (ctx) => edit(ctx, "shop/sync.py", ["from .inventory import Inventory\n", "from .constants import *\nfrom .inventory import Inventory\n", 1]),
  },
  {
    message: "inventory: replace star import of helpers with explicit names",
    apply: (ctx) => edit(ctx, "shop/inventory.py", ["from .helpers import *\n", "from .helpers import chunked, clamp\n", 1]),
  },
  {
    message: "events: WIP handler dispatch (syntax error)",
    apply: (ctx) => edit(ctx, "shop/core/events.py", ["        handler(event, **payload)\n", "        handler(event, **payload\n", 1]),
  },
  {
    message: "events: fix syntax error in emit",
    apply: (ctx) => edit(ctx, "shop/core/events.py", ["        handler(event, **payload\n", "        handler(event, **payload)\n", 1]),
  },
  {
    message: "models: touch without content change",
    allowEmpty: true,
    apply: (ctx) => {
      const p = filePath(ctx, "shop/models.py");
      const bytes = fs.readFileSync(p);
      fs.writeFileSync(p, bytes);
      const later = new Date((BASE_EPOCH + 365 * 24 * 3600) * 1000);
      fs.utimesSync(p, later, later);
    },
  },
];

/** The commit messages of the scripted history, oldest first. */
export const SAMPLE_HISTORY_STEPS: string[] = STEPS.map((s) => s.message);

/**
 * Copies fixtures/sample-repo into `dir` (created if missing), git-inits it, and
 * replays the scripted history. Returns the commits oldest first.
 */
export function createSampleHistory(dir: string): HistoryCommit[] {
  const root = path.resolve(dir);
  if (fs.existsSync(path.join(root, ".git"))) {
    throw new Error(`createSampleHistory: ${root} is already a git repository`);
  }
  copyFixture(SAMPLE_REPO_DIR, root);
  git(root, ["init", "--quiet"]);
  const ctx: Ctx = { dir: root };
  const commits: HistoryCommit[] = [];
  STEPS.forEach((step, i) => {
    step.apply(ctx);
    const epoch = BASE_EPOCH + i * 3600;
    git(root, ["add", "-A"], epoch);
    const args = ["commit", "--quiet", "--no-verify", "-m", step.message];
    if (step.allowEmpty) args.push("--allow-empty");
    git(root, args, epoch);
    const sha = git(root, ["rev-parse", "HEAD"]).trim();
    commits.push({ sha, message: step.message });
  });
  return commits;
}
