// The output folder of `tthc build`. The site is built in a fresh folder beside it and moved into place when
// complete, so a catalog with errors leaves the site that was there whole (Astro alone empties the folder
// before it knows). The old site is removed once the catalog is valid, while the pages render, as Astro would
// have removed it. A `.git` folder inside is kept, as Astro keeps it.
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface Output {
  /** Where the site ends up (a symlinked folder is followed: the site goes where it points). */
  dir: string;
  /** Where it is built. */
  staging: string;
  /** The old folder could not be moved away (a mount point): it is emptied and filled instead. */
  inPlace?: boolean;
}

export function prepareOutput(outDir: string): Output {
  const dir = existsSync(outDir) && lstatSync(outDir).isSymbolicLink() ? realpathSync(outDir) : outDir;
  const staging = join(dirname(dir), `.${basename(dir)}.tthc-build`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return { dir, staging };
}

/** Gives up the build: the folder that was there stays as it was. */
export function discardOutput(output: Output): void {
  rmSync(output.staging, { recursive: true, force: true });
}

/** Removes the old site (the catalog is valid: a new one is coming); the promise ends when it is gone. */
export function removeOldOutput(output: Output): Promise<void> {
  const { dir, staging } = output;
  if (!existsSync(dir)) return Promise.resolve();
  if (existsSync(join(dir, ".git"))) renameSync(join(dir, ".git"), join(staging, ".git"));
  const old = join(dirname(dir), `.${basename(dir)}.tthc-old`);
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(dir, old);
  } catch {
    output.inPlace = true;
    return Promise.all(readdirSync(dir).map((name) => rm(join(dir, name), { recursive: true, force: true }))).then(
      () => undefined,
    );
  }
  return rm(old, { recursive: true, force: true });
}

/** Moves the complete new site into place (after removeOldOutput has ended). */
export function finishOutput({ dir, staging, inPlace }: Output): void {
  if (!inPlace) {
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(staging, dir);
    return;
  }
  for (const name of readdirSync(staging)) renameSync(join(staging, name), join(dir, name));
  rmSync(staging, { recursive: true, force: true });
}
