// Debian's Chromium driven by playwright-core (Playwright's own browser download does not work here).
import { chromium, type Browser } from "playwright-core";
import { findChromium } from "../helpers/chromium.ts";

export const CHROMIUM = findChromium();

export function launch(): Promise<Browser> {
  if (!CHROMIUM)
    throw new Error("Chromium not found: run node tests/helpers/chromium.ts (npm test does), or set CHROMIUM_PATH");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
