import { describe, expect, it } from "vitest";
import { missingParts } from "./completeness.ts";
import { birthRegistration } from "../../tests/helpers/fixtures.ts";

const STEPS = "<Steps>\n1. Nộp hồ sơ.\n</Steps>\n";
const missing = (over: Record<string, unknown>, body = STEPS) => missingParts({ data: birthRegistration(over), body });

describe("record completeness (Decree 63/2010 art. 8)", () => {
  it("a record with every part misses nothing; an empty fee list means free", () => {
    expect(missing({})).toEqual([]);
  });
  it("lists each missing part, in the order of the decree", () => {
    expect(missing({ agencies: [], audience: [], result: undefined, legalBasis: [] })).toEqual([
      "audience",
      "agencies",
      "result",
      "legalBasis",
    ]);
    expect(missing({ channels: [] })).toEqual(["channels", "time", "fees"]);
  });
  it("documents need a count; steps need a numbered <Steps> list", () => {
    expect(missing({ documents: [{ name: "Tờ khai", originals: 0, copies: 0 }] })).toEqual(["documents"]);
    expect(missing({ documents: [] })).toEqual(["documents"]);
    expect(missing({}, "Nộp hồ sơ tại xã.")).toEqual(["steps"]);
    expect(missing({}, "<Steps>\n</Steps>\n")).toEqual(["steps"]);
  });
});
