#!/usr/bin/env node
// The published entry point: the bundled CLI in dist/ (built by `npm run build`, committed).
import "../dist/cli.js";
