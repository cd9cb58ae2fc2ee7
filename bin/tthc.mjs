#!/usr/bin/env node
// Entry point of the `tthc` command. Plain JavaScript so that the Node check runs on any Node. In the tool's own
// checkout the TypeScript sources run on Node's type stripping; installed (under node_modules, where Node refuses
// to strip types) it runs the JavaScript that `npm pack` compiled into lib/.
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import { checkNode } from "../scripts/check-node.mjs";

const installed = fileURLToPath(import.meta.url)
  .split(sep)
  .includes("node_modules");
checkNode({ typeStripping: !installed });

// `tthc status | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e) => (e.code === "EPIPE" ? process.exit(0) : Promise.reject(e)));

const { main } = await import(installed ? "../lib/scripts/cli/tthc.js" : "../scripts/cli/tthc.ts");
process.exitCode = await main(process.argv.slice(2));
