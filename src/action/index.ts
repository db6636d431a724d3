/** Process entry of the GitHub Action (bundled to dist/index.js; action.yml runs it under node24). */
import { run } from "./main.ts";

await run();
