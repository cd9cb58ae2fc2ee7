// The staff editor at /admin/: Sveltia CMS with the project's own file formats. Loaded by that page only.
import CMS from "@sveltia/cms";
import { calendarFormat, decisionFormat, versionFormat } from "../editor/file-format.ts";

CMS.registerCustomFormat("tthc-version", "mdx", versionFormat());
CMS.registerCustomFormat("tthc-decision", "mdx", decisionFormat());
CMS.registerCustomFormat("tthc-calendar", "yaml", calendarFormat());

const settings = document.getElementById("cau-hinh-bien-tap")?.textContent;
if (settings) void CMS.init({ config: JSON.parse(settings) });
