/** @jsxImportSource preact */
/**
 * Plain SVG charts, no chart library: a bar chart of counts per day and a point chart of
 * values per date (figure series). Sizes and colours are SVG attributes (the page's CSP allows
 * no inline styles). Every bar and point has a <title>, so hovering names what it is.
 */
import type { ComponentChildren } from 'preact';

const W = 720;
const H = 220;
const PAD = { left: 48, right: 16, top: 14, bottom: 40 };

/** about `n` round ticks from 0 to max */
function ticks(max: number, n = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; out.length === 0 || (out.at(-1) as number) < max; v += step) out.push(v);
  return out;
}

function Frame({
  max,
  label,
  children,
}: {
  max: number;
  label: string;
  children: ComponentChildren;
}) {
  const ys = ticks(max);
  const top = ys.at(-1) ?? 1;
  const y = (v: number) => H - PAD.bottom - (v / (top || 1)) * (H - PAD.top - PAD.bottom);
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {ys.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e3e6ea" />
          <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="11" fill="#67717c">
            {v.toLocaleString('en')}
          </text>
        </g>
      ))}
      {children}
    </svg>
  );
}

export interface Bar {
  label: string;
  value: number;
  title: string;
}

/** Bars in order (one per day); every label is shown when they fit, else every k-th. */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const top = ticks(max).at(-1) ?? max;
  const inner = W - PAD.left - PAD.right;
  const slot = inner / Math.max(1, bars.length);
  const every = Math.ceil(bars.length / 12);
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  return (
    <Frame max={max} label={label}>
      {bars.map((b, i) => (
        <g key={b.label} class="bar">
          <rect
            x={PAD.left + i * slot + (slot - Math.max(1, Math.min(slot * 0.7, 48))) / 2}
            y={y(b.value)}
            width={Math.max(1, Math.min(slot * 0.7, 48))}
            height={H - PAD.bottom - y(b.value)}
            fill="#4a7fb5"
          >
            <title>{b.title}</title>
          </rect>
          {i % every === 0 && (
            <text
              x={PAD.left + i * slot + slot / 2}
              y={H - PAD.bottom + 16}
              text-anchor="middle"
              font-size="11"
              fill="#4a545e"
            >
              {b.label}
            </text>
          )}
        </g>
      ))}
    </Frame>
  );
}

export interface Point {
  /** YYYY-MM-DD (or a shorter calendar date) */
  date: string;
  value: number;
  derived: boolean;
  title: string;
  key: string;
}

const dayNumber = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1) / 86_400_000;
};

/** Points on a date axis; derived points are hollow diamonds, reported ones filled circles. */
export function PointChart({ points, label }: { points: Point[]; label: string }) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const top = ticks(max).at(-1) ?? max;
  const days = points.map((p) => dayNumber(p.date));
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const span = Math.max(1, hi - lo);
  const x = (d: number) =>
    points.length === 1 || hi === lo
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + 20 + ((d - lo) / span) * (W - PAD.left - PAD.right - 40);
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const dates = [...new Set(points.map((p) => p.date))];
  const every = Math.ceil(dates.length / 8);
  // points on the same date and value side by side, not on top of each other
  const seen = new Map<string, number>();
  return (
    <Frame max={max} label={label}>
      {dates
        .filter((_, i) => i % every === 0)
        .map((d) => (
          <text
            key={d}
            x={x(dayNumber(d))}
            y={H - PAD.bottom + 16}
            text-anchor="middle"
            font-size="11"
            fill="#4a545e"
          >
            {d}
          </text>
        ))}
      {points.map((p) => {
        const k = `${p.date}|${p.value}`;
        const n = seen.get(k) ?? 0;
        seen.set(k, n + 1);
        const cx = x(dayNumber(p.date)) + n * 9;
        const cy = y(p.value);
        return (
          <g key={p.key} class={p.derived ? 'point derived' : 'point'}>
            {p.derived ? (
              <path
                d={`M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`}
                fill="#fff"
                stroke="#c0392b"
                stroke-width="2"
              />
            ) : (
              <circle cx={cx} cy={cy} r="5.5" fill="#2d5b8a" />
            )}
            <title>{p.title}</title>
          </g>
        );
      })}
    </Frame>
  );
}
