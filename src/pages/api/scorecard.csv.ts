import { scorecardCsv } from "../../report/scorecard-format.ts";
import { siteModel } from "../../site/model.ts";
import { scorecardCsvCards, siteScorecard } from "../../site/scorecard.ts";

/** The 766 indicators month by month, this quarter and this year: the CSV of `tthc report --csv`. */
export async function GET() {
  return new Response(scorecardCsv(scorecardCsvCards(siteScorecard(await siteModel()))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
}
