import { describe, expect, it } from "vitest";
import { runCli } from "../../../tests/helpers/test-io.ts";

describe("tthc calendar / workdays / lunar", () => {
  it("prints the 2026 calendar as JSON with the exact keys", async () => {
    const { code, out } = await runCli(["calendar", "2026", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      "year",
      "provisional",
      "tet",
      "hungKings",
      "nonWorkingWeekdays",
      "workingSaturdays",
      "sources",
    ]);
    expect(json).toMatchObject({ year: 2026, provisional: false, tet: "2026-02-17", hungKings: "2026-04-26" });
    expect(json.nonWorkingWeekdays).toEqual(
      expect.arrayContaining(["2026-02-16", "2026-02-20", "2026-04-27", "2026-09-02", "2026-11-24"]),
    );
    expect([...json.nonWorkingWeekdays].sort()).toEqual(json.nonWorkingWeekdays);
    expect(json.sources.map((s: { number: string }) => s.number)).toEqual(
      expect.arrayContaining(["9441/TB-BNV", "12729/VPCP-KGVX"]),
    );
  });

  it("marks a year without an official file as provisional, in JSON and in text", async () => {
    expect(JSON.parse((await runCli(["calendar", "2030", "--json"])).out)).toMatchObject({
      provisional: true,
      tet: "2030-02-02",
    });
    expect((await runCli(["calendar", "2030"])).out).toContain("TẠM TÍNH");
  });

  it("adds working days across Tết: 2026-02-13 + 5 = 2026-02-27", async () => {
    expect(await runCli(["workdays", "add", "2026-02-13", "5"])).toMatchObject({ code: 0, out: "2026-02-27\n" });
    const json = JSON.parse((await runCli(["workdays", "add", "2026-02-13", "5", "--json"])).out);
    expect(json.due).toBe("2026-02-27");
    expect(json.skipped).toContainEqual({ date: "2026-02-16", reason: "Tết Nguyên đán" });
    expect(json.skipped).toContainEqual({ date: "2026-02-14", reason: "Thứ Bảy" });
  });

  it("counts working days between two dates and warns about provisional years", async () => {
    expect((await runCli(["workdays", "between", "2026-02-13", "2026-02-27"])).out).toBe("5\n");
    expect((await runCli(["workdays", "add", "2027-12-30", "3"])).err).toContain("2027");
  });

  it("converts to the Vietnamese lunar calendar", async () => {
    expect(JSON.parse((await runCli(["lunar", "1985-01-21", "--json"])).out)).toEqual({
      day: 1,
      month: 1,
      year: 1985,
      leap: false,
    });
    expect(JSON.parse((await runCli(["lunar", "2030-02-02", "--json"])).out)).toEqual({
      day: 1,
      month: 1,
      year: 2030,
      leap: false,
    });
  });

  it.each([
    [["workdays", "add", "2026-13-01", "5"]],
    [["workdays", "add", "2026-02-30", "5"]],
    [["workdays", "add", "2026-02-13", "-1"]],
    [["workdays", "add", "2026-02-13", "năm"]],
    [["calendar", "2200"]],
    [["lunar", "1800-01-01"]],
    [["workdays", "between", "2026-01-01"]],
    [["calendar", "2026", "--bogus"]],
  ])("rejects %j with one line and exit 2", async (args) => {
    const { code, err } = await runCli(args);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("has --help for every command", async () => {
    for (const c of ["validate", "calendar", "workdays", "lunar"]) {
      const { code, out } = await runCli([c, "--help"]);
      expect(code).toBe(0);
      expect(out).toContain(`tthc ${c}`);
    }
  });
});
