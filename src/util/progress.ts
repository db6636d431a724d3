/**
 * Progress for long work: a bar on a terminal, plain lines otherwise (CI logs), nothing when quiet.
 * Passed into stages as a small interface so they never touch the terminal themselves.
 */
export interface Progress {
  start(phase: string, total: number, unit: string): void;
  tick(n: number): void;
  done(): void;
  /** A one-off status line. */
  info(message: string): void;
}

export const SILENT_PROGRESS: Progress = { start() {}, tick() {}, done() {}, info() {} };

/** Progress written to a stream: an in-place bar on a TTY, a line every ~10% or 2 s otherwise. */
export function streamProgress(out: NodeJS.WriteStream, now: () => number = () => performance.now()): Progress {
  const tty = Boolean(out.isTTY);
  let phase = "";
  let total = 0;
  let unit = "";
  let count = 0;
  let t0 = 0;
  let lastPrint = 0;
  let lastPct = -1;
  const render = (final: boolean) => {
    const secs = ((now() - t0) / 1000).toFixed(1);
    if (tty) {
      const width = 30;
      const filled = total > 0 ? Math.round((count / total) * width) : width;
      out.write(`\r${phase.padEnd(9)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${count}/${total} ${unit} ${secs}s${final ? "\n" : ""}`);
    } else out.write(`${phase}: ${count}/${total} ${unit} (${secs}s)\n`);
  };
  return {
    start(p, t, u) {
      phase = p;
      total = t;
      unit = u;
      count = 0;
      t0 = now();
      lastPrint = t0;
      lastPct = -1;
      if (tty) render(false);
    },
    tick(n) {
      count += n;
      const t = now();
      const pct = total > 0 ? Math.floor((count / total) * 10) : 10;
      if (tty ? t - lastPrint > 100 : pct > lastPct && t - lastPrint > 2000) {
        lastPrint = t;
        lastPct = pct;
        render(false);
      }
    },
    done() {
      render(true);
    },
    info(message) {
      out.write(`${message}\n`);
    },
  };
}
