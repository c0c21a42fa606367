/**
 * Ingest progress: a bar with count, rate and ETA on a terminal (cli-progress), a plain line
 * every few seconds otherwise (logs, CI), so piped output stays readable.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

export function createProgress(
  total: number | null,
  tty = Boolean(process.stderr.isTTY),
): Progress {
  const started = Date.now();
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: total
          ? 'ingest [{bar}] {value}/{total} · {rate}/s · ETA {eta_formatted}'
          : 'ingest {value} articles · {rate}/s',
        hideCursor: true,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: '0' });
    return {
      tick(done) {
        const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0);
        if (!total) bar.setTotal(done);
        bar.update(done, { rate });
      },
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      const rate = done / ((now - started) / 1000);
      const eta = total ? ` · ETA ${Math.ceil((total - done) / Math.max(rate, 0.001))}s` : '';
      process.stderr.write(
        `ingest: ${done}${total ? `/${total}` : ''} articles · ${rate.toFixed(0)}/s${eta}\n`,
      );
    },
    stop() {},
  };
}
