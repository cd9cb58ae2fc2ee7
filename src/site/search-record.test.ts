import { describe, expect, it } from "vitest";
import { birthRegistration, versionFile } from "../../tests/helpers/fixtures.ts";
import { timelines } from "../domain/timeline.ts";
import { replacements } from "../domain/timeline.ts";
import { searchRecord } from "./search-record.ts";
import { siteUrls } from "./urls.ts";

const version = (over: Parameters<typeof birthRegistration>[0] = {}) => versionFile(birthRegistration(over));

describe("search records", () => {
  it("stores the text and the names in search form, with the facts a citizen decides on", () => {
    const [t] = timelines([version({ aliases: ["Làm giấy khai sinh"] })], "2026-06-01");
    const r = searchRecord(siteUrls("/"), t!);
    expect(r.url).toBe("/thu-tuc/1.001193/");
    expect(searchRecord(siteUrls("/danh-muc/"), t!).url).toBe("/danh-muc/thu-tuc/1.001193/");
    expect(r.content).toMatch(/^dangz kiz khaiz sinhz lamz giayz khaiz sinhz maz thuz tucz 1z 001193z hoz tichz/);
    expect(r.meta).toMatchObject({
      title: "Đăng ký khai sinh",
      names: "dangz kiz khaiz sinhz · lamz giayz khaiz sinhz",
      code: "1.001193",
      levels: "Cấp xã",
      time: "1 ngày làm việc",
      fee: "Miễn phí",
      online: "Nộp trực tuyến",
    });
    expect(r.meta.state).toBeUndefined();
    expect(r.filters).toEqual({
      field: ["Hộ tịch"],
      level: ["Cấp xã"],
      agency: ["Ủy ban nhân dân cấp xã"],
      audience: ["Công dân Việt Nam"],
      lifeEvent: [],
      status: ["Đang áp dụng"],
    });
  });
  it("marks an abolished procedure and names the one that replaces it", () => {
    const all = timelines(
      [
        version({ code: "2.000488", name: "Cũ", status: "abolished", channels: [] }),
        version({ code: "3.000333", name: "Mới", replaces: "2.000488" }),
      ],
      "2026-06-01",
    );
    const r = searchRecord(siteUrls("/"), all[0]!, replacements(all).get("2.000488"));
    expect(r.meta).toMatchObject({ state: "Đã bãi bỏ", successor: "Mới", successorCode: "3.000333" });
    expect(r.meta.fee).toBeUndefined(); // no channel: nothing is said about the fee
  });
});
