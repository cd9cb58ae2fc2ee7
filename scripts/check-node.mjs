// Astro 7 needs Node >= 22.12; the TypeScript sources of this checkout run on Node's type stripping (>= 22.18).
// The tool pins Node 22 (the `node` package: a devDependency here, a dependency of every catalog repository) so
// npm scripts and npx run on it; this guard makes any other way of starting it fail with one clear line.
import { fileURLToPath } from "node:url";

/** Stops the process unless this Node can run the tool: its sources (typeStripping) or the compiled lib/. */
export function checkNode({ typeStripping }) {
  const [major, minor] = process.versions.node.split(".").map(Number);
  const need = typeStripping ? 18 : 12;
  if (major > 22 || (major === 22 && minor >= need && (!typeStripping || process.features?.typescript))) return;
  console.error(
    `tthc: cần Node.js >= 22.${need} (đang chạy ${process.versions.node}) / needs Node.js >= 22.${need} (found ${process.versions.node}): chạy qua npm (npm run …, npx tthc …) để dùng Node 22 cài kèm, hoặc cài Node 22.`,
  );
  process.exit(1);
}

// Run as a script (`node scripts/check-node.mjs && …` in the npm scripts of this checkout).
if (process.argv[1] === fileURLToPath(import.meta.url)) checkNode({ typeStripping: true });
