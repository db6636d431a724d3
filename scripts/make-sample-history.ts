/**
 * Materialises the sample repository with its scripted git history.
 *
 *   npx tsx scripts/make-sample-history.ts /tmp/sample
 */
import * as path from "node:path";
import { createSampleHistory } from "../test/support/sample-history.ts";

const target = process.argv[2];
if (!target) {
  console.error("usage: tsx scripts/make-sample-history.ts <dir>");
  process.exit(2);
}

const dir = path.resolve(target);
const commits = createSampleHistory(dir);
console.log(`created ${commits.length} commits in ${dir}`);
for (const [i, c] of commits.entries()) {
  console.log(`${String(i + 1).padStart(2)} ${c.sha} ${c.message}`);
}
