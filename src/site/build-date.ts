// The day the site describes: today in Vietnam, or TTHC_AS_OF for reproducible builds and tests. Shared by
// the Astro pages and the search index so both describe the same day.
import { isIsoDate, todayInVietnam } from "../domain/dates.ts";

export function buildDate(): string {
  const fixed = process.env.TTHC_AS_OF;
  if (fixed !== undefined) {
    if (!isIsoDate(fixed)) throw new Error(`TTHC_AS_OF="${fixed}" không phải một ngày dạng YYYY-MM-DD`);
    return fixed;
  }
  return todayInVietnam();
}
