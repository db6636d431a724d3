/** Process entry of the `pycpg` binary. */
import { main } from "./main.ts";

// `pycpg query ... | head` closes stdout early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
const code = await main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: process.stderr });
process.exitCode = code;
