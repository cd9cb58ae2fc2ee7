// The floor the command-line benchmarks are held to: what a fresh Node process needs just to list a catalog's
// files, read them and parse their front matter with a plain YAML parser (js-yaml, the parser under
// gray-matter), with no validation and no positions. `node scripts/bench/floor.ts ROOT` prints the number of files parsed; the benchmark times it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";

export function readAndParseFloor(root: string): number {
  let files = 0;
  for (const folder of ["procedures", "decisions", "calendar", "agencies"]) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder), { recursive: true }).map(String);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(mdx|ya?ml)$/.test(name)) continue;
      const text = readFileSync(join(root, folder, name), "utf8");
      const front = name.endsWith(".mdx") ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] : text;
      load(front ?? "");
      files++;
    }
  }
  return files;
}

if (process.argv[1] === new URL(import.meta.url).pathname) console.log(readAndParseFloor(process.argv[2] ?? "."));
