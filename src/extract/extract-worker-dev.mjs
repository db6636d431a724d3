// Development entry of the extraction worker: when pycpg runs from its TypeScript sources (tests,
// tsx), the extraction process starts without the tsx loader, so this registers it and loads the .ts worker.
// The bundled CLI uses dist/extract-worker.js instead.
import { register } from "tsx/esm/api";

register();
await import(new URL("./extract-worker.ts", import.meta.url).href);
