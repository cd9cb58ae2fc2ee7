// The geometry of the scorecard's month-by-month chart of the on-time publication rate (indicator 1.2): one
// bar per month, a gap marked "—" where nothing closed. Pure: figures in, coordinates and words out; the page
// draws it as inline SVG (no JavaScript) next to a table of the same figures.
import type { PeriodIndicators } from "../domain/indicators.ts";
import { formatNumber, formatPeriod, formatRate } from "../domain/vocabulary.ts";

export interface ChartBar {
  key: string;
  /** "03/25": the month under its bar. */
  label: string;
  /** Everything about the month in words, for the bar's <title>. */
  title: string;
  x: number;
  width: number;
  /** Top of the bar and its height; height 0 when the month has no rate. */
  y: number;
  height: number;
  rate: number | null;
}

export interface RateChart {
  width: number;
  height: number;
  /** The plotting area: left, top, right, bottom. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Horizontal grid lines at 0, 25, 50, 75 and 100%. */
  grid: { y: number; label: string }[];
  bars: ChartBar[];
  /** One sentence for the chart's <desc>. */
  description: string;
}

export function rateChart(history: readonly PeriodIndicators[]): RateChart {
  const width = 480;
  const height = 240;
  const plot = { left: 44, top: 12, right: width - 6, bottom: height - 44 };
  const span = plot.bottom - plot.top;
  const yOf = (rate: number) => plot.bottom - rate * span;
  const slot = (plot.right - plot.left) / Math.max(1, history.length);
  const bars = history.map((card, i): ChartBar => {
    const p = card.indicators.publication;
    const rate = p.rate;
    const y = rate === null ? plot.bottom : yOf(rate);
    return {
      key: card.period.from.slice(0, 7),
      label: `${card.period.from.slice(5, 7)}/${card.period.from.slice(2, 4)}`,
      title:
        rate === null
          ? `${formatPeriod(card.period)}: không có thủ tục nào đến hạn công khai`
          : `${formatPeriod(card.period)}: ${formatRate(rate)} (${formatNumber(p.onTime)}/${formatNumber(p.total)} thủ tục công khai đúng hạn)`,
      x: plot.left + i * slot + slot * 0.15,
      width: slot * 0.7,
      y,
      height: plot.bottom - y,
      rate,
    };
  });
  const rated = history.filter((c) => c.indicators.publication.rate !== null);
  const first = history[0];
  const last = history.at(-1);
  const description =
    first && last
      ? `Tỷ lệ thủ tục hành chính được công khai đúng hạn của từng tháng, từ ${formatPeriod(first.period).toLocaleLowerCase("vi")} đến ${formatPeriod(last.period).toLocaleLowerCase("vi")}; ${formatNumber(rated.length)} tháng có thủ tục đến hạn. Số liệu từng tháng ở bảng bên cạnh.`
      : "Chưa có số liệu.";
  return {
    width,
    height,
    plot,
    grid: [0, 0.25, 0.5, 0.75, 1].map((r) => ({ y: yOf(r), label: formatRate(r) })),
    bars,
    description,
  };
}
