import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syllables } from "./fold.ts";
import { isSyllable, keyboardLeftovers, nearSyllables, soundAlikes, SYLLABLES } from "./syllables.ts";

// Words of procedure names and citizens' questions, written by hand: every one must be a syllable.
const TEXT = `Thủ tục đăng ký khai sinh, kết hôn, khai tử, thường trú, tạm trú, tạm vắng; cấp đổi thẻ căn cước
  công dân, hộ chiếu phổ thông, giấy phép lái xe quốc tế; chứng thực bản sao từ bản chính, chữ ký người dịch;
  lý lịch tư pháp, quốc tịch Việt Nam, giám hộ, nuôi con nuôi, nghĩa vụ quân sự, quyền sử dụng đất, huyện,
  xã, phường, khuyết tật, nghiêng, khuya, giường, giếng, gìn giữ, quyết định, quỳnh, khuỷu tay, hươu,
  rượu, ngoằn ngoèo, oẳn tù tì, yêu cầu, yên tâm, ủy quyền, giấy ủy nhiệm, thuở, quở trách, bảo hiểm y tế`;

describe("Vietnamese syllables in search form", () => {
  it("knows every syllable of real text", () => {
    const words = syllables(TEXT);
    expect(words.filter((w) => !isSyllable(w))).toEqual([]);
  });
  it("is a small closed set, with none of the shapes Vietnamese never writes", () => {
    expect(SYLLABLES.size).toBeGreaterThan(1500);
    expect(SYLLABLES.size).toBeLessThan(3000);
    for (const w of [
      "cccd",
      "bhyt",
      "visa",
      "ke",
      "ci",
      "ghe",
      "gha",
      "ngi",
      "ngha",
      "sinhh",
      "dangw",
      "kys",
      "thoong",
    ])
      expect(isSyllable(w), w).toBe(w === "ghe" || w === "ke");
  });
  it("reads telex and VNI leftovers", () => {
    expect(
      ["dangw", "kys", "hooj", "chieeus", "phor", "thoong", "dduowngf", "truwowngf", "tieesng"].map(keyboardLeftovers),
    ).toEqual(["dang", "ki", "ho", "chieu", "pho", "thong", "duong", "truong", "tieng"]);
    expect(["d9a8ng7", "ky1", "thu7o7ng2"].map(keyboardLeftovers)).toEqual(["dang", "ki", "thuong"]);
    // Syllables, abbreviations and class names are not leftovers.
    expect(["dang", "cccd", "a1", "b2", "kt3", "ct07"].map(keyboardLeftovers)).toEqual(Array(6).fill(undefined));
  });
  it("finds the syllables one edit away from a typo, a left-out letter first", () => {
    expect(nearSyllables("sinhh")).toEqual(["sinh"]);
    expect(nearSyllables("thuogn")).toContain("thuong");
    expect(nearSyllables("kahi")).toContain("khai");
    expect(nearSyllables("ngiep")[0]).toBe("nghiep");
    expect(nearSyllables("dang")).toEqual([]); // a syllable is no typo
    expect(nearSyllables("nhn")[0]).toBe("nhan"); // a left-out vowel
    expect(nearSyllables("cccd")).toEqual([]); // an abbreviation is nothing one edit away
    expect(nearSyllables("ct")).toEqual([]);
  });
  it("knows the regional sound-alikes", () => {
    expect(soundAlikes("chu")).toContain("tru");
    expect(soundAlikes("xo")).toContain("so");
    expect(soundAlikes("lam")).toContain("nam");
    expect(soundAlikes("ban")).toContain("bang");
  });
  it("property: every edit it proposes is a syllable one edit away", () => {
    const letters = fc.constantFrom(..."abcdeghiklmnopqrstuvxy");
    fc.assert(
      fc.property(fc.array(letters, { minLength: 2, maxLength: 7 }), (cs) => {
        const word = cs.join("");
        for (const w of nearSyllables(word)) {
          expect(isSyllable(w)).toBe(true);
          expect(Math.abs(w.length - word.length)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
  it("property: a syllable with telex keys added reads back to itself", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SYLLABLES), fc.constantFrom("s", "f", "r", "x", "j"), (s, tone) => {
        if (!/[aeiouy]/.test(s) || s.includes("w")) return;
        expect(keyboardLeftovers(s + tone)).toBe(s);
      }),
    );
  });
});
