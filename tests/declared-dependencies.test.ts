// Every package the code imports is declared in package.json, in the right section: what the CLI, the loader
// and the site import at run time under `dependencies`, what only tests, benchmarks and type checking need under
// `devDependencies`; and every run-time dependency is imported somewhere. An undeclared package works only while
// another package happens to pull it in.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "*.ts", "*.mjs", "*.astro", "*.mdx"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter(Boolean);

/** Code that runs when the tool is used (not tests, benchmarks or configuration of the test runner). */
const isRunTime = (f: string) =>
  /^(src|bin|scripts\/cli|scripts\/build)\//.test(f) && !/\.test\.ts$/.test(f) && !f.startsWith("src/test-fixtures");

interface Import {
  file: string;
  name: string;
  typeOnly: boolean;
}

/** The package of a specifier: "mdast-util-to-string", "@astrojs/mdx", "astro" from "astro/zod". */
const packageOf = (spec: string) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/");

/** The code of a file as TypeScript: an .astro file's frontmatter and scripts, an .mdx file's import lines. */
function codeOf(file: string): string {
  const text = readFileSync(`${ROOT}${file}`, "utf8");
  if (file.endsWith(".astro"))
    return [
      /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "",
      ...[...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
    ].join("\n");
  if (file.endsWith(".mdx"))
    return text
      .split("\n")
      .filter((l) => /^(import|export)\s/.test(l))
      .join("\n");
  return text;
}

/** Imports, re-exports, dynamic imports and require.resolve calls, read by the TypeScript parser (not by a
 * pattern, which would also match the import statements that tests feed to the MDX checker as strings). */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, codeOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ spec: node.moduleSpecifier.text, typeOnly: Boolean(node.importClause?.isTypeOnly) });
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(source);
      if (callee.kind === ts.SyntaxKind.ImportKeyword || name === "resolve" || name === "require")
        found.push({ spec: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found
    .filter(({ spec }) => !/^[./]/.test(spec) && !/^(node|astro):/.test(spec) && !builtinModules.includes(spec))
    .map(({ spec, typeOnly }) => ({ file, name: packageOf(spec), typeOnly }));
}

const imports = files.flatMap(importsOf);
const declared = (name: string, section: Record<string, string>) => name in section || `@types/${name}` in section;

describe("declared dependencies", () => {
  it("finds the imports it checks", () => {
    expect(imports.some((i) => i.name === "astro" && isRunTime(i.file))).toBe(true);
    expect(imports.some((i) => i.name === "mdast" && i.typeOnly)).toBe(true);
    expect(imports.some((i) => i.name === "vitest")).toBe(true);
  });

  it("run-time code imports only `dependencies` (types may come from devDependencies)", () => {
    const wrong = imports
      .filter((i) => isRunTime(i.file))
      .filter((i) =>
        i.typeOnly
          ? !declared(i.name, pkg.dependencies) && !declared(i.name, pkg.devDependencies)
          : !(i.name in pkg.dependencies),
      )
      .map((i) => `${i.file}: ${i.name}`);
    expect(wrong).toEqual([]);
  });

  it("tests, benchmarks and configuration import only declared packages", () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    const wrong = imports.filter((i) => !declared(i.name, all)).map((i) => `${i.file}: ${i.name}`);
    expect(wrong).toEqual([]);
  });

  it("every run-time dependency is imported by run-time code", () => {
    const used = new Set(imports.filter((i) => isRunTime(i.file) || i.file === "astro.config.mjs").map((i) => i.name));
    expect(Object.keys(pkg.dependencies).filter((d) => !used.has(d))).toEqual([]);
  });
});
