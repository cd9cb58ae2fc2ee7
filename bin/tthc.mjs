#!/usr/bin/env node
// Entry point of the `tthc` command. Plain JavaScript so that the version check runs on any Node.
import "../scripts/check-node.mjs";

const { register } = await import("tsx/esm/api");
register();
const { main } = await import("../scripts/tthc.ts");
process.exitCode = await main(process.argv.slice(2));
