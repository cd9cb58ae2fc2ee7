// What the public scorecard (/cong-bo/) and its open data show: the 766 indicators of the build day's month,
// quarter and year, and the month-by-month history, all from the core's periodScorecard over the same
// reconcile report the site uses, so the page, /api/scorecard.json and `tthc report` cannot disagree.
import {
  periodIndicators,
  periodScorecard,
  type PeriodIndicators,
  type PeriodScorecard,
} from "../domain/indicators.ts";
import { monthsBetween, periodsContaining } from "../domain/period.ts";
import { workingCalendarOf } from "../domain/working-days.ts";
import { periodData, scorecardData } from "../report/scorecard-format.ts";
import type { SiteModel } from "./model.ts";

/** How many months of history the chart and the open data show at most. */
export const HISTORY_MONTHS = 24;

export interface SiteScorecard {
  asOf: string;
  month: PeriodScorecard;
  quarter: PeriodScorecard;
  year: PeriodScorecard;
  /** Month by month, from the first decision signed (at most HISTORY_MONTHS back) to the build day's month. */
  history: PeriodIndicators[];
}

const cache = new WeakMap<SiteModel, SiteScorecard>();

export function siteScorecard(model: SiteModel): SiteScorecard {
  let card = cache.get(model);
  if (!card) {
    const { catalog, asOf, status } = model;
    const calendar = workingCalendarOf(catalog);
    const of = (p: Parameters<typeof periodScorecard>[3]) => periodScorecard(catalog, calendar, status, p);
    const current = periodsContaining(asOf);
    const firstSigned = catalog.decisions
      .map((d) => d.data.signed)
      .filter((d) => d <= asOf)
      .sort()[0];
    const months = monthsBetween(firstSigned ?? asOf, asOf).slice(-HISTORY_MONTHS);
    card = {
      asOf,
      month: of(current.month),
      quarter: of(current.quarter),
      year: of(current.year),
      history: months.map((p) => periodIndicators(catalog, calendar, status, p)),
    };
    cache.set(model, card);
  }
  return card;
}

/** /api/scorecard.json: the current periods in full (each the JSON of `tthc report --json`), the history's figures. */
export function scorecardOpenData(card: SiteScorecard) {
  return {
    asOf: card.asOf,
    current: { month: scorecardData(card.month), quarter: scorecardData(card.quarter), year: scorecardData(card.year) },
    history: card.history.map(periodData),
  };
}

/** The periods of /api/scorecard.csv: the earlier months (indicators only), this month, quarter and year in full. */
export const scorecardCsvCards = (card: SiteScorecard) => [
  ...card.history.filter((c) => c.period.from !== card.month.period.from),
  card.month,
  card.quarter,
  card.year,
];
