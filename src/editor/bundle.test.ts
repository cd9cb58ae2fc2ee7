import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editorBundle } from "./bundle.ts";
import { tempDir } from "../../tests/helpers/temp-dir.ts";

const work = tempDir("tthc-editor-bundle-");

// A stand-in for the editor: an entry, a module it imports, a lazily loaded one and a file found by address.
const entry = join(work, "src/entry.ts");
const home = join(work, "cache");
function write(path: string, text: string) {
  const to = join(work, "src", path);
  rmSync(to, { force: true });
  writeFileSync(to, text);
}
function sources(version: string) {
  rmSync(join(work, "src"), { recursive: true, force: true });
  mkdirSync(join(work, "src/lib/assets"), { recursive: true });
  write("entry.ts", 'import { hello } from "./lib/hello.js";\nhello();\nvoid import("./lib/later.js");\n');
  write(
    "lib/hello.js",
    `export const hello = () => console.log("${version}", new URL(\`assets/font-1.woff2\`, import.meta.url));\n`,
  );
  write("lib/later.js", "export const later = 1;\n");
  write("lib/assets/font-1.woff2", "font bytes");
}

describe("the editor's bundle", () => {
  it("is built once, with the files its code finds by address beside it, and reused while its inputs hold", async () => {
    sources("một");
    const first = await editorBundle({ home, entry });
    const script = readFileSync(join(first, "files/editor.js"), "utf8");
    expect(script).toContain("một");
    expect(script).toContain('new URL("./assets/font-1.woff2",import.meta.url)');
    expect(readFileSync(join(first, "files/assets/font-1.woff2"), "utf8")).toBe("font bytes");
    const built = statSync(join(first, "files/editor.js")).mtimeMs;

    expect(await editorBundle({ home, entry })).toBe(first);
    expect(statSync(join(first, "files/editor.js")).mtimeMs).toBe(built);
  });

  it("is built again when any file it was made from changes, and the old one is removed", async () => {
    const before = await editorBundle({ home, entry });
    write("lib/assets/font-1.woff2", "other font bytes");
    const after = await editorBundle({ home, entry });
    expect(after).not.toBe(before);
    expect(readFileSync(join(after, "files/assets/font-1.woff2"), "utf8")).toBe("other font bytes");
    expect(existsSync(before)).toBe(false);

    write("lib/hello.js", 'export const hello = () => console.log("hai");\n');
    const third = await editorBundle({ home, entry });
    expect(readFileSync(join(third, "files/editor.js"), "utf8")).toContain("hai");
  });

  it("gives builds that start together the same complete bundle", async () => {
    sources("ba");
    const all = await Promise.all([1, 2, 3].map(() => editorBundle({ home, entry })));
    for (const dir of all) expect(readFileSync(join(dir, "files/editor.js"), "utf8")).toContain("ba");
    expect(new Set(all.map((d) => readFileSync(join(d, "manifest.json"), "utf8"))).size).toBe(1);
  });
});

describe("the editor's bundle where node_modules cannot be written", () => {
  it("is kept in the fallback folder instead, and found there next time", async () => {
    sources("bốn");
    const blocked = join(work, "a-file");
    writeFileSync(blocked, "not a folder");
    const fallback = join(work, "fallback");
    const dir = await editorBundle({ home: join(blocked, "cache"), entry, fallback });
    expect(dir.startsWith(fallback)).toBe(true);
    expect(readFileSync(join(dir, "files/editor.js"), "utf8")).toContain("bốn");
    expect(await editorBundle({ home: join(blocked, "cache"), entry, fallback })).toBe(dir);
  });
});
