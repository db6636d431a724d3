/** Process entry of the GitHub Action (bundled to dist/index.js; action.yml runs it under node24). */
import { run } from "./main.ts";

await run();
// A cache or artifact request the toolkit left running past its time bound (it sets no socket
// time-out) would keep the step alive after its work is done: leave now, with the exit code
// core.setFailed set.
process.exit();
