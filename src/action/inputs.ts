/**
 * The action's inputs, read and validated once, up front: a wrong value fails the step before any
 * work with a message naming the input and the values it takes. Names and defaults are those of
 * action.yml (documented in the README).
 */
import * as core from "@actions/core";
import { DEFAULT_SCIP_TIMEOUT_S } from "../scip/scip-layer.ts";
import { parseRevInput } from "./event.ts";

export type SaveCache = "default-branch" | "always" | "never";
export type CommentMode = "always" | "on-change" | "never";

export interface ActionInputs {
  readonly token: string;
  readonly workingDirectory: string;
  readonly stateDir: string;
  readonly outputDir: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly pythonPath: readonly string[];
  /** `scip`: off, auto or the path of an index.scip (relative to working-directory). */
  readonly scip: string;
  /** `scip-timeout`: seconds for scip-python (auto). */
  readonly scipTimeoutS: number;
  readonly cache: boolean;
  readonly cacheKeyPrefix: string;
  readonly saveCache: SaveCache;
  readonly comment: CommentMode;
  readonly commentHeader: string;
  readonly uploadArtifact: boolean;
  readonly artifactName: string;
  readonly artifactRetentionDays: number;
  readonly base: string | null;
  readonly head: string | null;
  readonly verify: boolean;
  readonly nativeRegistry: string;
}

/** An input value the action cannot use: the step fails with this message before doing anything. */
export class InputError extends Error {
  override name = "InputError";
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim() || fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new InputError(`input ${name} is "${value}"; use one of: ${allowed.join(", ")}`);
  return v as T;
}

function bool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new InputError(`input ${name} is "${value}"; use true or false`);
}

/** Newline-separated values (a YAML block scalar); blank lines and `#` comments are ignored. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

function rev(name: "base" | "head", value: string): string | null {
  try {
    return parseRevInput(name, value);
  } catch (err) {
    throw new InputError((err as Error).message);
  }
}

function scipInput(value: string): string {
  const v = value.trim() || "off";
  if (/[\r\n]/.test(v) || v.startsWith("-")) throw new InputError(`input scip is "${value}"; use off, auto or the path of an index.scip`);
  return v;
}

function scipTimeout(value: string): number {
  const v = value.trim() || String(DEFAULT_SCIP_TIMEOUT_S);
  if (!/^\d+$/.test(v) || Number(v) === 0) throw new InputError(`input scip-timeout is "${value}"; use a whole number of seconds`);
  return Number(v);
}

/** Reads the inputs through `get` (core.getInput in the action; a map in tests). */
export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): ActionInputs {
  const retention = get("artifact-retention-days").trim() || "0";
  if (!/^\d+$/.test(retention) || Number(retention) > 90)
    throw new InputError(`input artifact-retention-days is "${retention}"; use a whole number of days from 1 to 90, or 0 for the repository's setting`);
  const registry = get("native-registry").trim() || "https://registry.npmjs.org";
  if (!/^https?:\/\/[^\s]+$/.test(registry)) throw new InputError(`input native-registry is "${registry}"; use an http(s) URL of an npm registry`);
  const prefix = get("cache-key-prefix").trim() || "pycpg";
  if (/[,\s]/.test(prefix)) throw new InputError(`input cache-key-prefix is "${prefix}"; it may not contain commas or white space`);
  const header = get("comment-header").trim() || "pycpg";
  if (header.includes("-->") || /[\r\n]/.test(header)) throw new InputError("input comment-header may not contain a line break or `-->`");
  return Object.freeze({
    token: get("github-token").trim(),
    workingDirectory: get("working-directory").trim() || ".",
    stateDir: get("state-dir").trim() || ".pycpg/state",
    outputDir: get("output-dir").trim() || ".pycpg/out",
    include: lines(get("include")),
    exclude: lines(get("exclude")),
    pythonPath: lines(get("python-path")),
    scip: scipInput(get("scip")),
    scipTimeoutS: scipTimeout(get("scip-timeout")),
    cache: bool("cache", get("cache"), true),
    cacheKeyPrefix: prefix,
    saveCache: oneOf("save-cache", get("save-cache"), ["default-branch", "always", "never"] as const, "default-branch"),
    comment: oneOf("comment", get("comment"), ["always", "on-change", "never"] as const, "on-change"),
    commentHeader: header,
    uploadArtifact: bool("upload-artifact", get("upload-artifact"), true),
    artifactName: get("artifact-name").trim(),
    artifactRetentionDays: Number(retention),
    base: rev("base", get("base")),
    head: rev("head", get("head")),
    verify: bool("verify", get("verify"), false),
    nativeRegistry: registry.replace(/\/+$/, ""),
  });
}
