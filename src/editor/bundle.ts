// The staff editor's script (src/browser/editor.ts with Sveltia CMS: about 300 files, 16 MB) bundled by esbuild
// once and kept in a cache, then copied into every site that has the editor. Through Astro's own Vite build it
// cost every build about 4 s and 550 MB of memory, whatever the size of the catalog (measured at 10,000
// procedures). An Astro integration, so that `tthc build`, a plain `astro build` and `tthc dev` all serve it.
//
// The cache is valid while every file esbuild read is unchanged (their hashes are kept beside the bundle), so a
// new Sveltia version, a changed file format or another esbuild gives a new bundle. Folders are named by the
// hash of what built them and replaced by renaming, so concurrent builds never see half a bundle.
import { createHash, randomUUID } from "node:crypto";
import {
  accessSync,
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build, type Plugin, version as esbuildVersion } from "esbuild";
import { normalizeBase, siteUrls } from "../site/urls.ts";

const ENTRY = fileURLToPath(new URL("../browser/editor.ts", import.meta.url));
/** Where the editor's script is in the site, under its base path: admin/editor/editor.js. */
const SCRIPT = siteUrls("/").editorScript.slice(1);
const SITE_FOLDER = `${dirname(SCRIPT)}/`;

interface Manifest {
  esbuild: string;
  /** Every file esbuild read, relative to `base`, with the hash of its bytes. */
  inputs: Record<string, string>;
  base: string;
}

const sha1 = (bytes: Buffer | string) => createHash("sha1").update(bytes).digest("hex");

/** node_modules/.cache/tthc-editor beside the tool's packages (where astro resolves), as other tools do. */
function cacheHome(): string {
  const astro = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
  return join(dirname(astro), ".cache", "tthc-editor");
}

function upToDate(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
    if (m.esbuild !== esbuildVersion) return false;
    return Object.entries(m.inputs).every(([path, hash]) => sha1(readFileSync(resolve(m.base, path))) === hash);
  } catch {
    return false;
  }
}

/** The bundle `current` names in `home`, if it is there and up to date. */
function cached(home: string): string | undefined {
  const current = join(home, "current");
  const named = existsSync(current) ? join(home, readFileSync(current, "utf8").trim()) : "";
  return named && upToDate(named) ? named : undefined;
}

/** `home`, or `fallback` when `home` cannot be written (a read-only node_modules, a full disk). */
function writable(home: string, fallback: string): string {
  try {
    mkdirSync(home, { recursive: true });
    accessSync(home, constants.W_OK);
    return home;
  } catch {
    return fallback;
  }
}

/**
 * The folder holding the editor's bundled files (in `files/`), built first if the cache is missing or stale.
 * The cache is in the tool's node_modules/.cache, or in the system's temporary folder if that cannot be written.
 */
export async function editorBundle({
  home = cacheHome(),
  entry = ENTRY,
  fallback = join(tmpdir(), "tthc-editor-cache"),
} = {}): Promise<string> {
  const found = cached(home);
  if (found) return found;
  const into = writable(home, fallback);
  return (into !== home && cached(into)) || bundleInto(into, entry);
}

async function bundleInto(home: string, entry: string): Promise<string> {
  const building = join(home, `.building-${randomUUID()}`);
  const base = dirname(entry);
  const assets: string[] = [];
  const result = await build({
    entryPoints: { [basename(SCRIPT, ".js")]: entry },
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    platform: "browser",
    target: "es2022",
    chunkNames: "[name]-[hash]",
    outdir: join(building, "files"),
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
    metafile: true,
    absWorkingDir: base,
    plugins: [fileReferences(join(building, "files", "assets"), assets)],
  });
  const read = [...Object.keys(result.metafile.inputs).map((p) => resolve(base, p)), ...assets];
  const inputs = Object.fromEntries(
    [...new Set(read.map((p) => relative(base, p)))].sort().map((p) => [p, sha1(readFileSync(resolve(base, p)))]),
  );
  const manifest = JSON.stringify({ esbuild: esbuildVersion, inputs, base } satisfies Manifest);
  writeFileSync(join(building, "manifest.json"), manifest);
  const name = sha1(manifest);
  const done = join(home, name);
  try {
    renameSync(building, done);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another build made the same bundle first
  }
  const pointer = join(home, `.current-${randomUUID()}`);
  writeFileSync(pointer, name);
  renameSync(pointer, join(home, "current"));
  for (const old of readdirSync(home))
    if (old !== name && old !== "current" && !old.startsWith("."))
      rmSync(join(home, old), { recursive: true, force: true });
  return done;
}

/**
 * esbuild leaves `new URL("file", import.meta.url)` alone, where Vite copies the file (Sveltia finds its fonts,
 * image decoders and map icons this way, and falls back to a CDN without them). Each such file is copied into the
 * bundle's assets/ and the reference pointed there: every chunk is written to the same folder.
 */
function fileReferences(assetsDir: string, copied: string[]): Plugin {
  const reference = /new URL\((["'`])([^"'`$:]+)\1,\s*import\.meta\.url\)/g;
  return {
    name: "file-references",
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.m?js$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        const contents = text.replace(reference, (whole, _quote: string, path: string) => {
          const from = resolve(dirname(args.path), path);
          if (!existsSync(from) || !statSync(from).isFile()) return whole;
          mkdirSync(assetsDir, { recursive: true });
          copyFileSync(from, join(assetsDir, basename(from)));
          copied.push(from);
          return `new URL("./assets/${basename(from)}",import.meta.url)`;
        });
        return { contents, loader: "js" };
      });
    },
  };
}

const MIME: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".png": "image/png",
};

/**
 * Copies the editor's files into a built site that has the editor page (/admin/, built only when the catalog
 * turns the editor on), and serves them in `astro dev`.
 */
export function editorIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "tthc-editor-bundle",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = normalizeBase(config.base);
      },
      "astro:server:setup": ({ server }) => {
        const prefix = `${base}${SITE_FOLDER}`;
        let bundle: Promise<string> | undefined;
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split("?")[0] ?? "";
          if (!path.startsWith(prefix)) return next();
          bundle ??= editorBundle();
          const file = join(await bundle, "files", path.slice(prefix.length));
          if (
            relative(join(await bundle, "files"), file).startsWith("..") ||
            !statSync(file, { throwIfNoEntry: false })?.isFile()
          )
            return next();
          res.setHeader("Content-Type", MIME[extname(file)] ?? "application/octet-stream");
          res.end(readFileSync(file));
        });
      },
      "astro:build:done": async ({ dir }) => {
        const out = fileURLToPath(dir);
        if (!existsSync(join(out, dirname(dirname(SCRIPT)), "index.html"))) return; // no editor page: turned off
        const to = join(out, SITE_FOLDER);
        mkdirSync(to, { recursive: true });
        cpSync(join(await editorBundle(), "files"), to, { recursive: true });
      },
    },
  };
}
