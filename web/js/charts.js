import { s } from './dom.js';

// Small inline SVG charts. Scores are 0–100; days without a score leave a gap.

function path(points, x, y) {
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p === null || p === undefined) return void (pen = false);
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(p).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** A trend sparkline of daily mean scores; `label` describes it to screen readers. */
export function sparkline(all, label, { width = 120, height = 28 } = {}) {
  // From the first day with a score: an agent who started last week gets a week-wide line.
  const first = all.findIndex((v) => v !== null && v !== undefined);
  const values = first < 0 ? [] : all.slice(Math.min(first, Math.max(0, all.length - 2)));
  const n = Math.max(values.length, 2);
  const x = (i) => 2 + (i * (width - 4)) / (n - 1);
  const y = (v) => height - 3 - (v / 100) * (height - 6);
  const last = [...values].reverse().find((v) => v !== null && v !== undefined);
  const lastIndex = values.lastIndexOf(last);
  return s(
    'svg',
    { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    s('title', {}, label),
    s('line', { x1: 0, x2: width, y1: y(50), y2: y(50), class: 'spark-mid' }),
    s('path', { d: path(values, x, y), class: 'spark-line' }),
    // A day between two empty ones draws no line: show it as a dot.
    values.map((v, i) => (v !== null && v !== undefined && values[i - 1] == null && values[i + 1] == null ? s('circle', { cx: x(i), cy: y(v), r: 1.5, class: 'spark-dot' }) : null)),
    last !== undefined ? s('circle', { cx: x(lastIndex), cy: y(last), r: 2.5, class: 'spark-dot' }) : null,
  );
}

/** Score over time: one point per day, axes at 0/50/100 and the first and last day. */
export function lineChart(days, { width = 640, height = 220, label }) {
  const m = { l: 36, r: 12, t: 12, b: 28 };
  const n = Math.max(days.length, 2);
  const x = (i) => m.l + (i * (width - m.l - m.r)) / (n - 1);
  const y = (v) => m.t + (1 - v / 100) * (height - m.t - m.b);
  const values = days.map((d) => d.meanScore);
  const grid = [0, 50, 100].map((v) => [
    s('line', { x1: m.l, x2: width - m.r, y1: y(v), y2: y(v), class: 'grid' }),
    s('text', { x: m.l - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)),
  ]);
  const dots = days.map((d, i) =>
    d.meanScore === null ? null : s('circle', { cx: x(i), cy: y(d.meanScore), r: 3, class: 'dot' }, s('title', {}, `${d.day}: ${d.meanScore} (${d.count} replies)`)),
  );
  return s(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' },
    s('title', {}, label),
    grid,
    s('path', { d: path(values, x, y), class: 'line' }),
    dots,
    days.length ? s('text', { x: m.l, y: height - 8, class: 'axis' }, days[0].day) : null,
    days.length > 1 ? s('text', { x: width - m.r, y: height - 8, 'text-anchor': 'end', class: 'axis' }, days.at(-1).day) : null,
  );
}
