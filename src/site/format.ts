// Presentation helpers for the public site: the core's values in the one vocabulary (src/domain/vocabulary.ts).
// No business rules, and no wording of its own here.
import type { Channel } from "../domain/schema.ts";
import {
  CHANNEL_KIND_NAMES,
  formatCopies,
  formatDateVi,
  formatDuration,
  formatFees,
  formatLevels,
  formatMoney,
} from "../domain/vocabulary.ts";

export { FREE } from "../domain/vocabulary.ts";
export { formatDateVi, formatFees };

export const levelNames = formatLevels;
export const money = formatMoney;
export const channelName = (c: Channel) => CHANNEL_KIND_NAMES[c.kind];
export const timeText = (c: Channel) => formatDuration(c.time);
export const copiesText = formatCopies;
