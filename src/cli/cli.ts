/** Process entry of the `pycpg` binary. */
import { main } from "./main.ts";

// `pycpg query ... | head` closes stdout early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
/** Writes and, when the stream's buffer is full, waits for it to drain (a slow reader slows the query, not memory). */
function write(s: string): Promise<void> {
  if (process.stdout.write(s)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once("drain", resolve));
}
const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  write,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  err: process.stderr,
});
process.exitCode = code;
