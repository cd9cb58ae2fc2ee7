// The YAML 1.2 core schema for js-yaml, the fast reader of front matter, so that it reads every plain
// scalar exactly as the `yaml` package does on the located path (src/domain/source-file.ts). js-yaml's own
// CORE_SCHEMA keeps YAML 1.1 habits: `0b101` read as 5 and `-0x1F` as -31, where YAML 1.2 reads strings,
// while `+.5` and `-.5e-3` stayed strings where YAML 1.2 reads numbers. A file would then validate one way
// or the other depending on which path read it. Each type below is the 1.2 core pattern, resolved the way
// the `yaml` package resolves it.
import { FAILSAFE_SCHEMA, type Schema, Type } from "js-yaml";

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const nul = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s: string) => NULL.test(s),
  construct: () => null,
  predicate: (v: object) => v === null,
});

const bool = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s: string) => BOOL.test(s),
  construct: (s: string) => s[0] === "t" || s[0] === "T",
  predicate: (v: object) => typeof v === "boolean",
});

const INT_DECIMAL = /^[-+]?[0-9]+$/;
const INT_OCTAL = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;

const int = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s: string) => INT_DECIMAL.test(s) || INT_OCTAL.test(s) || INT_HEX.test(s),
  construct: (s: string) =>
    INT_OCTAL.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10),
  predicate: (v: object) => Number.isInteger(v),
});

const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const float = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s: string) => FLOAT_SPECIAL.test(s) || FLOAT.test(s),
  construct: (s: string) =>
    FLOAT_SPECIAL.test(s)
      ? s.slice(-3).toLowerCase() === "nan"
        ? Number.NaN
        : s.startsWith("-")
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
      : parseFloat(s),
  predicate: (v: object) => typeof v === "number",
});

/** js-yaml reading plain scalars as YAML 1.2 core does (and as the `yaml` package does). */
export const YAML_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [nul, bool, int, float],
});
