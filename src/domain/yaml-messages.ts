// The YAML parser's errors, said in Vietnamese with a hint that fits what is actually on the line: the
// parser's own wording ("Nested mappings are not allowed in compact mappings") describes its grammar, not the
// slip a person made (a colon inside an unquoted name, one space too many, a Tab, a missing comma).

export interface YamlError {
  code: string;
  message: string;
  /** 0-based line and 1-based column within the YAML text. */
  line: number;
  column: number;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const keyOf = (line: string) => /^\s*(?:-\s+)?([^\s:#"'{[][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
const isContent = (line: string) => line.trim() !== "" && !line.trim().startsWith("#");

/** The nearest non-empty line above `index` whose indentation is at most `indent`. */
function lineAbove(lines: string[], index: number): { at: number; text: string } | undefined {
  for (let i = index - 1; i >= 0; i--) if (isContent(lines[i]!)) return { at: i, text: lines[i]! };
  return undefined;
}

function openedAt(lines: string[], before: number, open: string, close: string): number | undefined {
  for (let i = Math.min(before, lines.length - 1); i >= 0; i--) {
    const text = lines[i]!.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close) depth--;
    }
    if (depth > 0) return i;
  }
  return undefined;
}

function unclosedQuoteAt(lines: string[], before: number): number | undefined {
  for (let i = Math.min(before, lines.length - 1); i >= 0; i--) {
    const quotes = (lines[i]!.replace(/\\./g, "").match(/"/g) ?? []).length;
    if (quotes % 2 === 1) return i;
  }
  return undefined;
}

const QUOTE_HINT = 'hãy đặt cả giá trị trong ngoặc kép, ví dụ name: "Cấp giấy: xác nhận"';

/** The Vietnamese message for one parser error; `lines` is the YAML text split in lines. */
export function yamlErrorMessage(e: YamlError, lines: string[], firstLine = 1): string {
  const text = lines[e.line] ?? "";
  const fileLine = (i: number) => i + firstLine;
  const prefix = "YAML không đọc được: ";
  switch (e.code) {
    case "DUPLICATE_KEY": {
      const key = keyOf(text);
      const indent = indentOf(text);
      const first = lines.findIndex((l, i) => i < e.line && keyOf(l) === key && indentOf(l) === indent);
      return `trường "${key ?? "?"}" được viết hai lần${first >= 0 ? ` (dòng ${fileLine(first)} và dòng ${fileLine(e.line)})` : ""} (trùng khóa YAML); hãy giữ lại một`;
    }
    case "TAB_AS_INDENT":
      return `${prefix}dòng này thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách: thay mỗi Tab đầu dòng bằng dấu cách`;
    case "BAD_INDENT": {
      if (/Flow sequence/.test(e.message) || /Flow map/.test(e.message)) {
        const [open, close] = /Flow sequence/.test(e.message) ? ["[", "]"] : ["{", "}"];
        const at = openedAt(lines, e.line - 1, open, close);
        return `${prefix}thiếu dấu ${close} đóng ${open === "[" ? "danh sách" : "nhóm"} mở bằng ${open}${at !== undefined ? ` ở dòng ${fileLine(at)}` : ""}`;
      }
      return `${prefix}${indentHint(lines, e.line, fileLine)}`;
    }
    case "MISSING_CHAR": {
      if (/quote/.test(e.message)) {
        const at = unclosedQuoteAt(lines, e.line);
        return `${prefix}thiếu dấu ngoặc kép " đóng lại${at !== undefined ? ` (mở ở dòng ${fileLine(at)})` : ""}`;
      }
      if (/Sequence item without/.test(e.message))
        return `${prefix}${indentHint(lines, e.line, fileLine)}; nếu đây là một mục mới của danh sách, hãy bắt đầu dòng bằng "- "`;
      if (/Missing , /.test(e.message)) return `${prefix}thiếu dấu phẩy giữa hai mục trong { } hoặc [ ]`;
      if (/space after :/.test(e.message)) return `${prefix}cần một dấu cách sau dấu hai chấm (tên: giá trị)`;
      if (/Comments must be separated/.test(e.message))
        return `${prefix}dấu # mở đầu ghi chú phải có dấu cách phía trước; nếu # là một phần của giá trị, ${QUOTE_HINT}`;
      if (/Implicit map keys need to be followed/.test(e.message))
        return `${prefix}dòng này thiếu dấu hai chấm sau tên trường (viết tên: giá trị), hoặc thụt lề sai`;
      return `${prefix}thiếu một ký tự (dấu phẩy, dấu hai chấm, ngoặc hoặc ngoặc kép đóng)`;
    }
    case "BLOCK_AS_IMPLICIT_KEY":
      if (/block sequence/.test(e.message)) return `${prefix}${indentHint(lines, e.line, fileLine)}`;
      if (/:\s.*:\s|:\s.*:$/.test(text))
        return `${prefix}giá trị có dấu hai chấm và dấu cách (": ") nên bị hiểu là một trường con; ${QUOTE_HINT}`;
      return `${prefix}${indentHint(lines, e.line, fileLine)}`;
    case "MULTILINE_IMPLICIT_KEY":
      if (/^\s*[^\s:#]+:[^\s]/.test(text)) return `${prefix}cần một dấu cách sau dấu hai chấm (tên: giá trị)`;
      if (!text.includes(":")) return `${prefix}dòng này không có dạng tên: giá trị (thiếu dấu hai chấm)`;
      return `${prefix}giá trị viết trên nhiều dòng phải đặt trong ngoặc kép, hoặc thụt lề sai ở dòng này`;
    case "UNEXPECTED_TOKEN":
      if (/at node end/.test(e.message))
        return `${prefix}sau dấu ngoặc kép đóng còn chữ thừa; ${QUOTE_HINT.replace("hãy đặt cả", "hãy đặt toàn bộ")}`;
      if (/block-seq-ind/.test(e.message))
        return `${prefix}mục danh sách "- " phải xuống dòng, hoặc viết cả danh sách trong ngoặc vuông: [a, b]`;
      if (/Unexpected ,/.test(e.message)) return `${prefix}dấu phẩy thừa trong { } hoặc [ ]`;
      if (/Unexpected empty item/.test(e.message)) return `${prefix}có một mục trống (hai dấu phẩy liền nhau?)`;
      if (/Block scalar header/.test(e.message)) return `${prefix}sau dấu | hoặc > không được có chữ trên cùng dòng`;
      return `${prefix}có ký tự không đúng chỗ; nếu giá trị có dấu : # [ ] { } hoặc ngoặc kép, ${QUOTE_HINT}`;
    case "BAD_SCALAR_START": {
      const ch = /character (.)/.exec(e.message)?.[1] ?? text.trim()[0] ?? "";
      return `${prefix}giá trị không được bắt đầu bằng ký tự ${ch}; ${QUOTE_HINT}`;
    }
    case "BLOCK_IN_FLOW":
      return `${prefix}trong { } hoặc [ ] các mục phải cách nhau bằng dấu phẩy (thiếu dấu phẩy?); nếu một giá trị có dấu hai chấm, hãy đặt nó trong ngoặc kép`;
    case "BAD_DQ_ESCAPE":
      return `${prefix}trong ngoặc kép, dấu \\ mở đầu một ký tự đặc biệt; viết \\\\ cho một dấu \\, hoặc dùng ngoặc đơn '…'`;
    case "MULTIPLE_DOCS":
      return `${prefix}có thêm một dòng --- trong phần thông tin đầu tệp; mỗi tệp chỉ có một cặp dòng ---`;
    case "TAG_RESOLVE_FAILED":
      return `${prefix}giá trị bắt đầu bằng ! (thẻ YAML) không dùng được ở đây; ${QUOTE_HINT}`;
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
    case "BAD_PROP_ORDER":
      return `${prefix}& và * là ký hiệu tham chiếu của YAML; nếu chúng là một phần của giá trị, ${QUOTE_HINT}`;
    case "RESOURCE_EXHAUSTION":
      return `${prefix}quá nhiều tham chiếu lồng nhau (& và *); hãy viết giá trị ra trực tiếp`;
    case "BAD_DIRECTIVE":
      return `${prefix}dòng bắt đầu bằng % không hợp lệ; ${QUOTE_HINT}`;
    case "KEY_OVER_1024_CHARS":
      return `${prefix}tên trường quá dài (thường do thiếu dấu hai chấm hoặc thiếu ngoặc đóng)`;
    case "NON_STRING_KEY":
      return `${prefix}tên trường phải là chữ, không phải danh sách hay nhóm`;
    default:
      return `${prefix}cấu trúc không đúng ở đây (thường do thụt lề, thiếu dấu hai chấm, hoặc giá trị có ký tự đặc biệt chưa đặt trong ngoặc kép)`;
  }
}

/** Says how this line's indentation differs from the fields around it. */
function indentHint(lines: string[], index: number, fileLine: (i: number) => number): string {
  const text = lines[index] ?? "";
  const indent = indentOf(text);
  const above = lineAbove(lines, index);
  if (!above) return `dòng này thụt vào ${indent} dấu cách; trường đầu tiên phải bắt đầu ở đầu dòng`;
  // The siblings this line should align with: the nearest lines above indented like the line above it.
  const aboveIndent = indentOf(above.text) + (/^\s*-\s/.test(above.text) && !/^\s*-/.test(text) ? 2 : 0);
  const name = keyOf(above.text);
  const what = name ? `trường "${name}"` : "dòng phía trên";
  const diff = indent - aboveIndent;
  if (diff === 0)
    return `thụt lề không đúng: các trường cùng cấp phải thẳng hàng (dòng này và ${what} ở dòng ${fileLine(above.at)} đều thụt ${indent} dấu cách, kiểm tra dòng phía trên)`;
  return `dòng này thụt vào ${indent} dấu cách, ${what} ở dòng ${fileLine(above.at)} thụt ${aboveIndent}; các trường cùng cấp phải thẳng hàng: ${diff > 0 ? `xóa ${diff}` : `thêm ${-diff}`} dấu cách đầu dòng`;
}
