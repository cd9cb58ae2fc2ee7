import { describe, expect, it } from "vitest";
import { runCli } from "../../tests/helpers/test-io.ts";

describe("tthc", () => {
  it("lists every command, each loaded under its own name", async () => {
    const { code, out } = await runCli(["--help"]);
    expect(code).toBe(0);
    const names = [...out.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
    expect(names).toContain("validate");
    expect(names.length).toBeGreaterThanOrEqual(14);
    for (const name of names) {
      const help = await runCli([name, "--help"]);
      expect(help.code, name).toBe(0);
      expect(help.out.startsWith(`tthc ${name} `), name).toBe(true);
    }
  });

  it("names the commands when one does not exist, even one named like an object's property", async () => {
    for (const name of ["valdate", "constructor", "__proto__"]) {
      const { code, err } = await runCli([name]);
      expect(code).toBe(2);
      expect(err).toContain(`không có lệnh "${name}"`);
      expect(err).toContain("validate, status");
    }
  });
});
