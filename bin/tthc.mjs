#!/usr/bin/env node
// Entry point of the `tthc` command. Plain JavaScript so that the version check runs on any Node; the
// TypeScript sources then run on Node's own type stripping (Node >= 22.18), with no build step.
import "../scripts/check-node.mjs";

// `tthc status | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e) => (e.code === "EPIPE" ? process.exit(0) : Promise.reject(e)));

const { main } = await import("../scripts/cli/tthc.ts");
process.exitCode = await main(process.argv.slice(2));
