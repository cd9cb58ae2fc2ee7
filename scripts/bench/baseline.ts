// The yardsticks of the build benchmark: a plain Astro 7 site with @astrojs/mdx, one page per procedure
// version compiled from the same MDX files, with none of the project's logic (the baseline); and the same
// site from the same files as plain Markdown (.md, no MDX compile: about the floor of Astro itself, where
// `<Steps>` and `<Note>` pass through as HTML). Written into a scratch folder.
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeBaseline(dir: string, catalogRoot: string, nodeModules: string, format: "mdx" | "md"): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/thu-tuc"), { recursive: true });
  mkdirSync(join(dir, "src/components"), { recursive: true });
  const content = join(dir, "src/content/procedures");
  cpSync(join(catalogRoot, "procedures"), content, { recursive: true });
  if (format === "md")
    for (const f of readdirSync(content, { recursive: true }).map(String))
      if (f.endsWith(".mdx")) renameSync(join(content, f), join(content, f.slice(0, -1)));
  symlinkSync(nodeModules, join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "baseline", private: true, type: "module" }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    format === "mdx"
      ? `import { defineConfig } from "astro/config";\nimport mdx from "@astrojs/mdx";\nexport default defineConfig({ integrations: [mdx()], build: { concurrency: 8 } });\n`
      : `import { defineConfig } from "astro/config";\nexport default defineConfig({ build: { concurrency: 8 } });\n`,
  );
  writeFileSync(
    join(dir, "src/content.config.ts"),
    `import { defineCollection } from "astro:content";\nimport { glob } from "astro/loaders";\nimport { z } from "astro/zod";\nexport const collections = { procedures: defineCollection({ loader: glob({ pattern: "**/*.${format}", base: "./src/content/procedures" }), schema: z.looseObject({ code: z.string(), name: z.string() }) }) };\n`,
  );
  writeFileSync(join(dir, "src/components/Steps.astro"), `<div class="steps"><slot /></div>\n`);
  writeFileSync(
    join(dir, "src/components/Note.astro"),
    `---\nconst { type = "info", title } = Astro.props;\n---\n<aside class={"note note-" + type}>{title && <strong>{title}</strong>}<slot /></aside>\n`,
  );
  writeFileSync(
    join(dir, "src/pages/thu-tuc/[...id].astro"),
    `---\nimport { getCollection, render } from "astro:content";\nimport Steps from "../../components/Steps.astro";\nimport Note from "../../components/Note.astro";\nexport async function getStaticPaths() {\n  return (await getCollection("procedures")).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><p>{entry.data.code}</p><Content components={{ Steps, Note }} /></body></html>\n`,
  );
}
