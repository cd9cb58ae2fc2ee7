// The day the site describes: today in Vietnam, or TTHC_AS_OF for reproducible builds and tests. Shared by
// the Astro pages and the search index so both describe the same day.
import { isIsoDate, todayInVietnam } from "../domain/dates.ts";
import { FIRST_DATE, LAST_DATE } from "../domain/schema.ts";

export function buildDate(): string {
  const fixed = process.env.TTHC_AS_OF;
  if (fixed !== undefined) {
    if (!isIsoDate(fixed) || fixed < FIRST_DATE || fixed > LAST_DATE)
      throw new Error(`TTHC_AS_OF="${fixed}" cần một ngày có thật dạng YYYY-MM-DD trong khoảng 1900–2099`);
    return fixed;
  }
  return todayInVietnam();
}
