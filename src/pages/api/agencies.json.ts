import { siteModel } from "../../site/model.ts";
import { agenciesData } from "../../site/open-data.ts";

export async function GET() {
  return Response.json(agenciesData(await siteModel()));
}
