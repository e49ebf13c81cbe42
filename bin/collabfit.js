#!/usr/bin/env node
"use strict";
// The command line is compiled from src/cli by `npm run build:cli` (part of `npm run build`).
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("collabfit: not built yet; run `npm run build:cli` first\n");
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
