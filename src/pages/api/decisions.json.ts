import { siteModel } from "../../site/model.ts";

export async function GET() {
  const { catalog, asOf } = await siteModel();
  return Response.json({ asOf, decisions: catalog.decisions.map((d) => ({ ...d.data, body: d.body })) });
}
