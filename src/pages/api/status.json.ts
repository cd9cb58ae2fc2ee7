import { siteModel } from "../../site/model.ts";
import { statusJson } from "../../report/status-format.ts";

/** The publication scorecard as data: the same JSON as `tthc status --json --as-of <build date>`. */
export async function GET() {
  return new Response(statusJson((await siteModel()).status), { headers: { "Content-Type": "application/json" } });
}
