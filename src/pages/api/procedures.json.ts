import { siteModel } from "../../site/model.ts";
import { proceduresInForce } from "../../site/open-data.ts";

export async function GET() {
  const model = await siteModel();
  return Response.json({ asOf: model.asOf, procedures: proceduresInForce(model) });
}
