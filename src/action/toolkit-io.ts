/**
 * Two things the cache and artifact stages need around the @actions toolkit:
 *
 * - a time bound: the toolkit calls cannot be cancelled (the cache upload has no time-out at all,
 *   toolkit #1213), so `bounded` races one against a timer and hands back the still-running
 *   promise, for the caller to clean up after it when it finally settles;
 * - the toolkit's own log: `restoreCache`/`saveCache` swallow their errors and report them only as
 *   `::warning::`/`::error::` lines on stdout, and the archive size only as a log line. While a
 *   capture is active, those lines are recorded for the caller, and the annotation commands are
 *   turned into plain log lines: the action reports one warning of its own per failure instead of
 *   the toolkit's (annotations are capped at 10 per step, and an `::error::` looks like a failed
 *   build).
 */

/** The toolkit's log lines seen during a capture (annotation messages unescaped). */
export interface ToolkitLog {
  readonly warnings: string[];
  readonly errors: string[];
  readonly infos: string[];
  readonly debugs: string[];
}

const sinks = new Set<ToolkitLog>();
let originalWrite: typeof process.stdout.write | null = null;

/** Undoes the escaping of workflow command data (@actions/core's escapeData). */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

const COMMAND = /^::(warning|error|debug|notice)(?: [^:]*)?::(.*)$/s;

function install(): void {
  if (originalWrite !== null) return;
  const write = process.stdout.write.bind(process.stdout) as typeof process.stdout.write;
  originalWrite = write;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : null;
    if (text === null || sinks.size === 0) return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    const line = text.replace(/\r?\n$/, "");
    const m = COMMAND.exec(line);
    if (m === null) {
      for (const s of sinks) s.infos.push(line);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }
    const kind = m[1] as string;
    const message = unescapeData(m[2] as string);
    for (const s of sinks) {
      if (kind === "warning") s.warnings.push(message);
      else if (kind === "error") s.errors.push(message);
      else if (kind === "debug") s.debugs.push(message);
      else s.infos.push(message);
    }
    // Annotations become plain lines (nothing is lost from the log); the rest passes unchanged.
    if (kind === "warning" || kind === "error") return (write as (...a: unknown[]) => boolean)(`${kind}: ${message}\n`, ...rest);
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}

function uninstallIfIdle(): void {
  if (sinks.size > 0 || originalWrite === null) return;
  process.stdout.write = originalWrite;
  originalWrite = null;
}

/**
 * Runs `fn` with the toolkit's log captured; the capture stays active until the returned promise
 * settles (also when the caller stopped waiting for it after a time-out).
 */
export function withToolkitLog<T>(fn: () => Promise<T>): { promise: Promise<T>; log: ToolkitLog } {
  const log: ToolkitLog = { warnings: [], errors: [], infos: [], debugs: [] };
  sinks.add(log);
  install();
  const end = () => {
    sinks.delete(log);
    uninstallIfIdle();
  };
  let promise: Promise<T>;
  try {
    promise = fn();
  } catch (err) {
    promise = Promise.reject(err);
  }
  promise.then(end, end);
  return { promise, log };
}

export type Bounded<T> = { timedOut: false; value: T } | { timedOut: false; error: unknown } | { timedOut: true; pending: Promise<unknown> };

/** Waits for `promise` at most `timeoutMs`; the timer is cleared as soon as the promise settles. */
export async function bounded<T>(promise: Promise<T>, timeoutMs: number): Promise<Bounded<T>> {
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    (value) => ({ timedOut: false as const, value }),
    (error: unknown) => ({ timedOut: false as const, error }),
  );
  const timeout = new Promise<{ timedOut: true; pending: Promise<unknown> }>((resolve) => {
    // Not unref'd: while the caller waits, the timer is what is sure to wake it.
    timer = setTimeout(() => resolve({ timedOut: true, pending: settled }), Math.max(0, timeoutMs));
  });
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The message of an error value, one line. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0]?.trim() ?? "";
}

/** The last of the toolkit's warnings/errors/retry lines, for a time-out message. */
export function lastTrouble(log: ToolkitLog): string | null {
  const retry = [...log.infos].reverse().find((l) => /^Attempt \d+ of \d+ failed/.test(l));
  const all = [...log.errors, ...log.warnings];
  const last = all.length > 0 ? all[all.length - 1] : retry;
  return last ? (last.split("\n")[0] ?? null) : null;
}
