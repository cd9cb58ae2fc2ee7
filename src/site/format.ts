// Presentation helpers for the public site: the core's values in the one vocabulary (src/domain/vocabulary.ts).
// No business rules, and no wording of its own here.
import type { Channel } from "../domain/schema.ts";
import {
  CHANNEL_KIND_NAMES,
  formatBytes,
  formatCopies,
  formatDateVi,
  formatDuration,
  formatFees,
  formatLevels,
  formatMoney,
} from "../domain/vocabulary.ts";

export { FREE } from "../domain/vocabulary.ts";
export { formatBytes, formatDateVi, formatFees };

export const levelNames = formatLevels;
export const money = formatMoney;
export const channelName = (c: Channel) => CHANNEL_KIND_NAMES[c.kind];
/** Citizens are always told which days count: "1 ngày làm việc", "30 ngày (tính cả ngày nghỉ)". */
export const durationText = (time: Channel["time"]) => formatDuration(time, { sayWhichDays: true });
export const timeText = (c: Channel) => durationText(c.time);
export const copiesText = formatCopies;
