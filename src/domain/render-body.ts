// Renders a checked MDX body (see mdx-safety.ts) to HTML without compiling it as code. Bodies are content,
// so a small tree-to-HTML walk is all they need: no per-page MDX compile, and nothing in them can execute.
import type { Root, RootContent, PhrasingContent } from "mdast";
import { escapeHtml } from "./html.ts";
import { parseBody } from "./mdx-safety.ts";

/** HTML of a body; throws only if the body was not validated first (validate reports the same problems). */
export function renderBody(body: string): string {
  const { tree, problems } = parseBody("", body);
  if (!tree || problems.length) throw new Error(problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("; "));
  return renderNodes(tree.children);
}

function renderNodes(nodes: (RootContent | PhrasingContent)[]): string {
  return nodes.map(renderNode).join("");
}

function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === "mdxJsxAttribute" && x.name === name);
  return typeof a?.value === "string" ? a.value : undefined;
}

type JsxNode = { attributes: { type: string; name?: string; value?: unknown }[] };

function noteLabels(node: JsxNode): { type: "info" | "warning"; title: string } {
  const type = attr(node, "type") === "warning" ? "warning" : "info";
  return { type, title: attr(node, "title") ?? (type === "warning" ? "Lưu ý" : "Ghi chú") };
}

function renderNote(node: JsxNode, inner: string): string {
  const { type, title } = noteLabels(node);
  const body = /^\s*<(p|ul|ol|div|h\d|blockquote|pre)\b/.test(inner) ? inner : `<p>${inner}</p>`;
  return `<aside class="note note-${type}" role="note"><p class="note-title"><strong>${escapeHtml(title)}</strong></p>${body}</aside>\n`;
}

function renderNode(node: RootContent | PhrasingContent | Root): string {
  switch (node.type) {
    case "root":
      return renderNodes(node.children);
    case "paragraph": {
      // A line that is only <Note>…</Note> is a notice of its own, not text inside a paragraph.
      const only = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
      if (only.length === 1 && only[0]!.type === "mdxJsxTextElement" && only[0]!.name === "Note")
        return renderNote(only[0]!, renderNodes(only[0]!.children));
      return `<p>${renderNodes(node.children)}</p>\n`;
    }
    case "heading": {
      // Page headings h1/h2 belong to the layout; body headings start at h3 so the outline stays valid.
      const level = Math.min(6, node.depth + 2);
      return `<h${level}>${renderNodes(node.children)}</h${level}>\n`;
    }
    case "text":
      return escapeHtml(node.value);
    case "emphasis":
      return `<em>${renderNodes(node.children)}</em>`;
    case "strong":
      return `<strong>${renderNodes(node.children)}</strong>`;
    case "delete":
      return `<del>${renderNodes(node.children)}</del>`;
    case "inlineCode":
      return `<code>${escapeHtml(node.value)}</code>`;
    case "code":
      return `<pre><code>${escapeHtml(node.value)}</code></pre>\n`;
    case "break":
      return "<br>";
    case "thematicBreak":
      return "<hr>\n";
    case "blockquote":
      return `<blockquote>${renderNodes(node.children)}</blockquote>\n`;
    case "list": {
      const tag = node.ordered ? "ol" : "ul";
      const start = node.ordered && node.start != null && node.start !== 1 ? ` start="${node.start}"` : "";
      return `<${tag}${start}>\n${renderNodes(node.children)}</${tag}>\n`;
    }
    case "listItem": {
      // Tight list items hold a single paragraph; print its content without <p> as Markdown does.
      const inner = node.spread
        ? renderNodes(node.children)
        : node.children.map((c) => (c.type === "paragraph" ? renderNodes(c.children) : renderNode(c))).join("");
      return `<li>${inner}</li>\n`;
    }
    case "link": {
      const external = /^https?:/i.test(node.url);
      return `<a href="${escapeHtml(node.url)}"${external ? ' rel="noopener"' : ""}>${renderNodes(node.children)}</a>`;
    }
    case "image":
      return `<img src="${escapeHtml(node.url)}" alt="${escapeHtml(node.alt ?? "")}" loading="lazy">`;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const inner = renderNodes(node.children as RootContent[]);
      if (node.name === "Steps") return `<div class="steps">\n${inner}</div>\n`;
      if (node.name === "Note") {
        // Within a line of text a note stays inline: an <aside> inside a <p> would not be valid HTML.
        if (node.type === "mdxJsxTextElement") {
          const { type, title } = noteLabels(node);
          return `<span class="note-inline note-${type}" role="note"><strong>${escapeHtml(title)}:</strong> ${inner}</span>`;
        }
        return renderNote(node, inner);
      }
      // parseBody refuses every other tag; text is never dropped silently.
      throw new Error(`thành phần <${node.name ?? ""}> không được phép trong nội dung`);
    }
    default:
      // Definitions, link references without a definition etc. carry no visible text of their own.
      return "children" in node
        ? renderNodes(node.children as RootContent[])
        : "value" in node
          ? escapeHtml(String(node.value))
          : "";
  }
}
