// Whether a decision announces a given version of a procedure: it lists the code, or (for the abolishing
// version of a replaced procedure) names it in `replaces`. One rule, used by validate and reconcile.
import type { Decision, ProcedureVersion } from "./schema.ts";

export function announces(decision: Decision, version: Pick<ProcedureVersion, "code" | "status">): boolean {
  return decision.changes.some(
    (c) => c.code === version.code || (c.replaces === version.code && version.status === "abolished"),
  );
}
