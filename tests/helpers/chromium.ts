// The browser of the end-to-end tests: Debian's Chromium (Playwright's own browser download does not work here).
// Run as a script (`npm test` does, first), it makes sure Chromium is there: as root with apt-get it installs
// Debian's package; otherwise it stops with the one command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium(): string | undefined {
  return process.env.CHROMIUM_PATH ?? CANDIDATES.find(existsSync);
}

function ensureChromium(): void {
  if (findChromium()) return;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!apt || process.getuid?.() !== 0) {
    console.error(
      `The browser tests need Chromium: run \`${apt ? "sudo apt-get install -y chromium" : "install Chromium"}\`, or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
    process.exit(1);
  }
  console.error("Chromium is missing: installing Debian's chromium package (apt-get) for the browser tests.");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", "chromium"],
  ]) {
    const r = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
    if (r.status !== 0) {
      console.error(
        `apt-get ${args.join(" ")} failed (exit ${r.status}): run \`apt-get install -y chromium\` by hand.`,
      );
      process.exit(1);
    }
  }
  if (!findChromium()) {
    console.error("apt-get installed chromium but no binary is at /usr/bin/chromium: set CHROMIUM_PATH.");
    process.exit(1);
  }
}

if (import.meta.main) ensureChromium();
