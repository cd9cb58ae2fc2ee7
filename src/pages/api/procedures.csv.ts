import { siteModel } from "../../site/model.ts";
import { proceduresCsv } from "../../site/open-data.ts";

export async function GET() {
  return new Response(proceduresCsv(await siteModel()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
