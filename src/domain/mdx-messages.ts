// The MDX parser's syntax errors (micromark, mdast-util-mdx-jsx) are English and count lines from the start of
// the body. Legal officers get them in Vietnamese, with every position they mention counted in the file.

const HINT = "nếu dấu <, >, { hoặc } là chữ thường, hãy viết \\<, \\>, \\{, \\}";
const EXPRESSION = "không được dùng biểu thức {…} trong nội dung; nếu cần dấu ngoặc nhọn, hãy viết \\{ và \\}";

type Say = (m: RegExpExecArray, where: (text: string) => string) => string;

/** The parser's reasons, most specific first; `m` is the match, `where` moves a "line:column" into the file. */
const RULES: [RegExp, Say][] = [
  [
    /^Unexpected closing tag `([^`]*)`, expected corresponding closing tag for `([^`]*)` \(([^)]*)\)/,
    (m, where) =>
      `thẻ đóng ${m[1]} không khớp với thẻ mở ${m[2]} (${where(m[3]!)}); mỗi thẻ phải được đóng đúng tên, theo thứ tự`,
  ],
  [
    /^Expected a closing tag for `([^`]*)` \(([^)]*)\)/,
    (m, where) =>
      `thẻ ${m[1]} mở ở ${where(m[2]!)} chưa được đóng trong cùng đoạn văn; hãy thêm thẻ đóng, hoặc ${HINT}`,
  ],
  [
    /^Expected the closing tag `([^`]*)`/,
    (m) =>
      `thẻ đóng ${m[1]} nằm khác khối với thẻ mở của nó (danh sách, trích dẫn); hãy đặt thẻ mở và thẻ đóng trong cùng một khối`,
  ],
  [/^Unexpected closing slash/, () => `có thẻ đóng </…> mà chưa có thẻ mở tương ứng; ${HINT}`],
  [/^Unexpected attribute in closing tag/, () => "thẻ đóng </…> không được có thuộc tính"],
  [/^Unexpected self-closing slash/, () => "thẻ đóng </…> không được kết thúc bằng />"],
  [
    /^Unexpected end of file in expression/,
    () => "dấu { mở một biểu thức mà không có dấu } đóng; trong nội dung hãy viết \\{ nếu là chữ thường",
  ],
  [
    /^Unexpected lazy line/,
    () =>
      "một dòng trong trích dẫn (>) hoặc danh sách bị ngắt: dòng tiếp theo cần bắt đầu bằng > hoặc được thụt lề như dòng trên",
  ],
  [
    /import\/exports/,
    () => "không được dùng import/export trong nội dung thủ tục (nội dung là văn bản, không phải mã lệnh)",
  ],
  [/expression|spread|acorn/i, () => EXPRESSION],
  [/^Unexpected end of file/, () => `một thẻ <…> chưa được viết xong khi hết tệp; ${HINT}`],
  [
    /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\)/,
    (m) => `ký tự "${m[1]}" không được phép ở đây trong một thẻ <…>; ${HINT}`,
  ],
];

/** `reason` from the parser; `firstLine` is the file line the body starts on. */
export function mdxSyntaxMessage(reason: string, firstLine: number): string {
  const where = (text: string) => {
    // "3:1-3:7" or "3:1": the first line:column of a range, moved into the file.
    const m = /(\d+):(\d+)/.exec(text);
    return m ? `dòng ${Number(m[1]) + firstLine - 1}, cột ${m[2]}` : "phía trên";
  };
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(reason);
    if (m) return say(m, where);
  }
  return `nội dung MDX không đọc được ở đây; ${HINT}`;
}
