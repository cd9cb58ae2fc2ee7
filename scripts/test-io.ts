// Runs the CLI in-process with captured output, for tests.
import { main } from "./tthc.ts";

export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t.endsWith("\n") ? t : `${t}\n`), err: (t) => (err += t.endsWith("\n") ? t : `${t}\n`), tty: false, cwd });
  return { code, out, err };
}
