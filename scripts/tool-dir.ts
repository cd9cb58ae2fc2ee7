// The tool's own folder (package.json, astro.config.mjs, src/, calendar/): two levels above the sources in a
// checkout, three above the JavaScript compiled into lib/ in an installed package.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function toolDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of the tool not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}
