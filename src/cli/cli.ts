/** Process entry of the `pycpg` binary. */
import { main } from "./main.ts";

const code = await main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: process.stderr });
process.exitCode = code;
