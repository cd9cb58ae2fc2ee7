// Papers the law forbids demanding: a reviewed list (forbidden-documents.yaml, with the legal source of each
// entry) matched on the folded names of a version's documents. `validate` warns about every version, `status`
// lists the procedures in force that still demand one, and the scorecard counts them with the same function.
import type { VersionFile } from "./catalog.ts";
import type { DocumentItem, ForbiddenDocument } from "./schema.ts";
import { foldKey } from "./suggest.ts";

export interface ForbiddenDemand {
  code: string;
  path: string;
  /** 0-based index in the version's documents. */
  index: number;
  document: string;
  rule: ForbiddenDocument;
}

const COPY = /\b(?:ban sao|sao y|sao chup|photo|photocopy)\b/;

/** A rule with its phrases folded, so that a catalog's documents are matched without folding them again. */
interface FoldedRule {
  rule: ForbiddenDocument;
  match: string[];
  except: string[];
}
const folded = new WeakMap<readonly ForbiddenDocument[], FoldedRule[]>();
function foldedRules(rules: readonly ForbiddenDocument[]): FoldedRule[] {
  let list = folded.get(rules);
  if (!list) {
    list = rules.map((rule) => ({ rule, match: rule.match.map(foldKey), except: rule.except.map(foldKey) }));
    folded.set(rules, list);
  }
  return list;
}

/** The rule a document demanded from `effective` on breaks, if any. */
export function forbiddenRuleFor(
  doc: Pick<DocumentItem, "name" | "copies" | "group">,
  effective: string,
  rules: readonly ForbiddenDocument[],
): ForbiddenDocument | undefined {
  return ruleForFolded(foldKey(doc.name), doc, effective, rules);
}

function ruleForFolded(
  name: string,
  doc: Pick<DocumentItem, "copies">,
  effective: string,
  rules: readonly ForbiddenDocument[],
): ForbiddenDocument | undefined {
  return foldedRules(rules).find(({ rule, match, except }) => {
    if (rule.from && effective < rule.from) return false;
    if (!match.some((m) => name.includes(m))) return false;
    if (except.some((e) => name.includes(e))) return false;
    if (rule.copiesOnly) return doc.copies > 0 || COPY.test(name);
    return true;
  })?.rule;
}

/** Every document of `versions` a rule forbids, in order. Pure: the scorecard may call it on any set. */
export function forbiddenDemands(
  versions: readonly VersionFile[],
  rules: readonly ForbiddenDocument[],
): ForbiddenDemand[] {
  if (!rules.length) return [];
  const out: ForbiddenDemand[] = [];
  // The same papers recur across a catalog's procedures: each name is folded once.
  const folded = new Map<string, string>();
  const fold = (name: string) => {
    let f = folded.get(name);
    if (f === undefined) {
      f = foldKey(name);
      folded.set(name, f);
    }
    return f;
  };
  for (const v of versions) {
    if (v.data.status === "abolished") continue;
    v.data.documents.forEach((doc, index) => {
      const rule = ruleForFolded(fold(doc.name), doc, v.data.effective, rules);
      if (rule) out.push({ code: v.data.code, path: v.path, index, document: doc.name, rule });
    });
  }
  return out;
}

/** The sentence staff read, in `validate` and `status`. */
export function forbiddenMessage(d: Pick<ForbiddenDemand, "document" | "rule">): string {
  return `giấy tờ "${d.document}" không được yêu cầu người dân nộp (${d.rule.name}): ${d.rule.source}`;
}
