// Which catalog the site is built from: TTHC_ROOT when set (benchmarks, other catalogs), else the project folder.
import { resolve } from "node:path";

export function siteCatalogRoot(): string {
  return resolve(process.env.TTHC_ROOT ?? process.cwd());
}
