// The built site (dist/) served on loopback and one headless Chromium, for a browser test file: started before
// its tests, stopped after. A file that needs dist/ fails at once with what to run when it is not built.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "../e2e/browser.ts";
import { serve } from "../e2e/static-server.ts";

export const DIST = new URL("../../dist/", import.meta.url).pathname;

export function useBuiltSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`) || !existsSync(`${DIST}pagefind/pagefind.js`))
      throw new Error("dist/ is not built: run npm run build first (npm test does)");
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser is started before the tests");
      return browser;
    },
    get url() {
      if (!server) throw new Error("the site is served before the tests");
      return server.url;
    },
  };
}
