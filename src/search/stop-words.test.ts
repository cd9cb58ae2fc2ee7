import { describe, expect, it } from "vitest";
import { words } from "./fold.ts";
import { markStopWords } from "./stop-words.ts";

const informative = (q: string) =>
  markStopWords(words(q))
    .filter((t) => !t.stop)
    .map((t) => t.folded)
    .join(" ");

describe("stop words and intent phrases", () => {
  it("leaves out who asks, the intent and the question", () => {
    expect(informative("Tôi muốn làm khai sinh cho con ạ")).toBe("khai sinh con");
    expect(informative("cho em hỏi thủ tục đăng ký kết hôn cần những giấy tờ gì")).toBe("dang ki ket hon");
    expect(informative("Làm hộ chiếu ở đâu, mất bao lâu?")).toBe("ho chieu");
    expect(informative("xin cấp phiếu lý lịch tư pháp như thế nào")).toBe("cap phieu li lich tu phap");
  });
  it("works without diacritics", () => {
    expect(informative("toi muon lam khai sinh cho con")).toBe("khai sinh con");
    expect(informative("thu tuc dang ky ket hon can giay to gi")).toBe("dang ki ket hon");
  });
  it("tells a stop word from a word spelt alike with its marks", () => {
    expect(informative("cần căn cước")).toBe("can cuoc");
    expect(informative("giấy tờ cho phép")).toBe("giay to cho phep");
  });
  it("never breaks a compound that looks like a stop word without diacritics", () => {
    expect(informative("can cuoc")).toBe("can cuoc");
    expect(informative("cap giay cho phep")).toBe("cap giay cho phep");
    expect(informative("dang ky lai co quan")).toBe("dang ki lai co quan");
  });
  it("numbers the runs of words between stop words", () => {
    const runs = markStopWords(words("khai sinh cho con")).map((t) => [t.folded, t.stop, t.run]);
    expect(runs).toEqual([
      ["khai", false, 0],
      ["sinh", false, 0],
      ["cho", true, 1],
      ["con", false, 1],
    ]);
  });
});
