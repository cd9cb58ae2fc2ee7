// Presentation helpers for the public site: Vietnamese wording of the core's values. No business rules here.
import { formatDateVi } from "../domain/dates.ts";
import { CHANNEL_NAMES_VI, LEVEL_NAMES_VI, TIME_UNIT_NAMES_VI, type Channel, type Level } from "../domain/schema.ts";

export { formatDateVi };

export const levelNames = (levels: Level[]) => levels.map((l) => LEVEL_NAMES_VI[l]).join(", ");

// One formatter for the whole build: constructing Intl.NumberFormat per call was a measurable share of it.
const number = new Intl.NumberFormat("vi-VN");

export function money(amount: number, currency = "VND"): string {
  if (amount === 0) return "Không mất phí";
  const n = number.format(amount);
  return currency === "VND" ? `${n} đồng` : `${n} ${currency}`;
}

export const channelName = (c: Channel) => CHANNEL_NAMES_VI[c.kind];
export const timeText = (c: Channel) => `${number.format(c.time.value)} ${TIME_UNIT_NAMES_VI[c.time.unit]}`;

export function copiesText(originals: number, copies: number): string {
  const parts = [];
  if (originals) parts.push(`${originals} bản chính`);
  if (copies) parts.push(`${copies} bản sao`);
  return parts.join(", ") || "Không yêu cầu số bản";
}

export const procedureUrl = (base: string, code: string, effective?: string) =>
  `${base}thu-tuc/${code}/${effective ? `${effective}/` : ""}`;
