// Astro 7 needs Node >= 22.12 and the CLI runs its TypeScript sources on Node's type stripping (>= 22.18).
// The project pins Node 22 (the `node` devDependency) so npm scripts and npx run on it; this guard makes
// any other way of starting a script fail with one clear line instead of a cryptic error.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18) || !process.features?.typescript) {
  console.error(
    `tthc: this project needs Node.js >= 22.18 (found ${process.versions.node}). Run it through npm (npm run ..., npx tthc ...), which uses the Node 22 installed with the project, or install Node 22.`,
  );
  process.exit(1);
}
