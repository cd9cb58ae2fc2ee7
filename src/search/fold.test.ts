import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldedWords, syllables, words } from "./fold.ts";

describe("Vietnamese folding", () => {
  it("drops tone and vowel marks and spells đ as d", () => {
    expect(fold("Đăng ký thường trú ĐƯỜNG")).toBe("dang ki thuong tru duong");
  });
  it("reads NFC and NFD the same", () => {
    const text = "Giấy chứng nhận quyền sử dụng đất";
    expect(fold(text.normalize("NFD"))).toBe(fold(text.normalize("NFC")));
  });
  it("spells a lone y as i: kí/ký, lí/lý, mĩ/mỹ, sĩ/sỹ, quí/quý", () => {
    for (const [a, b] of [
      ["kí", "ký"],
      ["lí lịch", "lý lịch"],
      ["Hoa Kì", "Hoa Kỳ"],
      ["mĩ nghệ", "mỹ nghệ"],
      ["liệt sĩ", "liệt sỹ"],
      ["quí", "quý"],
      ["y tế", "i tế"],
    ])
      expect(fold(a!)).toBe(fold(b!));
  });
  it("keeps the y of other vowels: ay, ây, uy, yê", () => {
    expect(foldedWords("tay tai thủy tuyến yêu cầu máy")).toBe("tay tai thuy tuyen yeu cau may");
    expect(fold("tay")).not.toBe(fold("tai"));
  });
  it("splits words on punctuation and keeps numbers", () => {
    expect(syllables("Phiếu số 1, (cấp xã); CCCD-gắn chip")).toEqual([
      "phieu",
      "so",
      "1",
      "cap",
      "xa",
      "cccd",
      "gan",
      "chip",
    ]);
  });
  it("remembers whether a word was typed with its marks", () => {
    expect(words("Căn cuoc")).toEqual([
      { typed: "căn", folded: "can", marked: true },
      { typed: "cuoc", folded: "cuoc", marked: false },
    ]);
  });
  it("is idempotent and gives only lower-case ASCII for Vietnamese text", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-ZàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ ]*$/),
        (s) => {
          const f = fold(s);
          expect(fold(f)).toBe(f);
          expect(f).toMatch(/^[a-z ]*$/);
        },
      ),
    );
  });
});
