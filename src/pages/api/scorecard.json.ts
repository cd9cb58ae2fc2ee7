import { siteModel } from "../../site/model.ts";
import { scorecardOpenData, siteScorecard } from "../../site/scorecard.ts";

/** The 766 indicators as data: this month, quarter and year (each as `tthc report --json`), and the history. */
export async function GET() {
  return new Response(JSON.stringify(scorecardOpenData(siteScorecard(await siteModel()))), {
    headers: { "Content-Type": "application/json" },
  });
}
