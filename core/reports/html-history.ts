// The last few changes to a claim, so a reader can see who reached the verdict and when.
import type { HistoryEvent } from '../domain.js';
import { formatShortDateTime } from './dates.js';
import { escapeHtml } from './html-escape.js';
import type { ReportScale } from './model.js';
import { recentHistory } from './recent-history.js';

export function historyHtml(events: HistoryEvent[], scale: ReportScale): string {
  const { lines, omitted } = recentHistory(events, scale);
  const items = lines.map(
    (line) =>
      `<li><time datetime="${escapeHtml(line.at)}">${escapeHtml(formatShortDateTime(line.at))}</time>` +
      `<span class="who" dir="auto">${escapeHtml(line.actor)}</span><span class="what" dir="auto">${escapeHtml(line.sentence)}</span></li>`,
  );
  const note =
    omitted > 0
      ? `<li class="omitted-row"><span class="omitted">${omitted} earlier ${omitted === 1 ? 'change' : 'changes'} not shown</span></li>`
      : '';
  return `<ol class="history">${note}${items.join('')}</ol>`;
}
