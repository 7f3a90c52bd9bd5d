// The summary charts, drawn as inline SVG so the report needs no script, no font and no image
// file. Each verdict segment carries its key and count as data attributes and a <title>, so the
// numbers survive for screen readers and anyone inspecting the file.
import { inkOn } from './colors.js';
import { escapeHtml } from './html-escape.js';
import type { SourceVerdicts, VerdictCount } from './summary.js';
import { UNRATED_KEY } from './summary.js';

const WIDTH = 680;
const BAR_HEIGHT = 30;
const ROW_HEIGHT = 24;
const ROW_BAR_HEIGHT = 14;
const LABEL_WIDTH = 200;
const TOTAL_WIDTH = 44;
const MAX_LABEL_CHARS = 30;
// Below this width a count no longer fits inside its segment; the <title> and legend still give it.
const MIN_LABELLED_WIDTH = 22;

/** One horizontal bar, one segment per verdict that has claims, widths proportional to counts. */
export function verdictBarSvg(counts: VerdictCount[], titleId: string, title: string): string {
  const present = counts.filter((c) => c.count > 0);
  const total = present.reduce((sum, c) => sum + c.count, 0);
  const parts: string[] = [];
  if (total === 0) {
    parts.push(`<rect class="empty" x="0" y="0" width="${WIDTH}" height="${BAR_HEIGHT}" rx="3" fill="#eeebe5"/>`);
  }
  let x = 0;
  for (const c of present) {
    const width = (c.count / total) * WIDTH;
    parts.push(segment(c, x, 0, width, BAR_HEIGHT, total));
    if (width >= MIN_LABELLED_WIDTH) {
      parts.push(
        `<text x="${fmt(x + width / 2)}" y="${fmt(BAR_HEIGHT / 2)}" class="seg-count" text-anchor="middle" dominant-baseline="central" fill="${inkOn(c.color)}">${c.count}</text>`,
      );
    }
    x += width;
  }
  return svg(WIDTH, BAR_HEIGHT, 'chart verdict-bar', titleId, title, parts);
}

/**
 * One row per source: a bar as long as the number of claims the source carries, split by verdict.
 * Bars share one scale so sources can be compared at a glance.
 */
export function sourceVerdictsSvg(rows: SourceVerdicts[], titleId: string, title: string): string {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const barSpace = WIDTH - LABEL_WIDTH - TOTAL_WIDTH;
  const height = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT);
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = i * ROW_HEIGHT;
    const mid = y + ROW_HEIGHT / 2;
    const rowParts: string[] = [
      `<title>${escapeHtml(row.name)}: ${row.total} ${row.total === 1 ? 'claim' : 'claims'}</title>`,
      `<text x="${LABEL_WIDTH - 10}" y="${fmt(mid)}" class="row-label" text-anchor="end" dominant-baseline="central">${escapeHtml(shorten(row.name))}</text>`,
    ];
    let x = LABEL_WIDTH;
    for (const v of row.verdicts) {
      const width = (v.count / max) * barSpace;
      rowParts.push(segment(v, x, mid - ROW_BAR_HEIGHT / 2, width, ROW_BAR_HEIGHT, row.total));
      x += width;
    }
    rowParts.push(`<text x="${fmt(x + 6)}" y="${fmt(mid)}" class="row-total" dominant-baseline="central">${row.total}</text>`);
    parts.push(`<g class="source-row" data-source-id="${escapeHtml(row.sourceId)}" data-total="${row.total}">${rowParts.join('')}</g>`);
  });
  return svg(WIDTH, height, 'chart source-chart', titleId, title, parts);
}

function segment(c: VerdictCount, x: number, y: number, width: number, height: number, total: number): string {
  const share = Math.round((c.count / total) * 100);
  const pattern = c.key === UNRATED_KEY ? ' stroke="#a8a39a" stroke-width="0.75" stroke-dasharray="3 2"' : '';
  return (
    `<rect class="segment" data-verdict="${escapeHtml(c.key)}" data-count="${c.count}" x="${fmt(x)}" y="${fmt(y)}" ` +
    `width="${fmt(width)}" height="${height}" fill="${c.color}"${pattern}>` +
    `<title>${escapeHtml(c.label)}: ${c.count} (${share}%)</title></rect>`
  );
}

function svg(width: number, height: number, className: string, titleId: string, title: string, parts: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${width} ${height}" ` +
    `width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}

function shorten(name: string): string {
  const chars = [...name];
  return chars.length <= MAX_LABEL_CHARS
    ? name
    : `${chars
        .slice(0, MAX_LABEL_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
