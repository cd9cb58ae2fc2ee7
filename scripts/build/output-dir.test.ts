import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discardOutput, finishOutput, prepareOutput, removeOldOutput } from "./output-dir.ts";
import { tempDir } from "../../tests/helpers/temp-dir.ts";

const scratch = () => tempDir("tthc-out-");
const put = (path: string, text: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};

describe("the build's output folder", () => {
  it("keeps the old site whole when the build is given up", () => {
    const dir = join(scratch(), "dist");
    put(join(dir, "index.html"), "old");
    const output = prepareOutput(dir);
    put(join(output.staging, "index.html"), "new, half built");
    discardOutput(output);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("old");
    expect(existsSync(output.staging)).toBe(false);
  });

  it("replaces the old site with the new one, keeping a .git folder and nothing else of the old", async () => {
    const dir = join(scratch(), "dist");
    put(join(dir, "gone.html"), "old");
    put(join(dir, ".git/HEAD"), "ref: refs/heads/gh-pages");
    const output = prepareOutput(dir);
    await removeOldOutput(output);
    put(join(output.staging, "index.html"), "new");
    finishOutput(output);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("new");
    expect(readFileSync(join(dir, ".git/HEAD"), "utf8")).toBe("ref: refs/heads/gh-pages");
    expect(existsSync(join(dir, "gone.html"))).toBe(false);
    expect(existsSync(output.staging)).toBe(false);
  });

  it("builds into a folder that does not exist yet, and follows a symlinked one", async () => {
    const base = scratch();
    const fresh = prepareOutput(join(base, "new/dist"));
    await removeOldOutput(fresh);
    put(join(fresh.staging, "index.html"), "new");
    finishOutput(fresh);
    expect(readFileSync(join(base, "new/dist/index.html"), "utf8")).toBe("new");

    put(join(base, "real/index.html"), "old");
    symlinkSync(join(base, "real"), join(base, "link"));
    const linked = prepareOutput(join(base, "link"));
    await removeOldOutput(linked);
    put(join(linked.staging, "index.html"), "new");
    finishOutput(linked);
    expect(readFileSync(join(base, "link/index.html"), "utf8")).toBe("new");
    expect(readFileSync(join(base, "real/index.html"), "utf8")).toBe("new");
  });
});
