// Everything that happened to a claim, newest first and grouped by day: who changed what, from
// what to what.
import { useMemo } from 'react';

import type { HistoryEvent, Rating } from '../../core/domain.js';
import { describeHistory } from '../../core/review/history-lines.js';
import { groupByDay } from './history-days.js';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

interface HistoryTimelineProps {
  events: HistoryEvent[] | undefined;
  ratings: readonly Rating[];
}

export function HistoryTimeline({ events, ratings }: HistoryTimelineProps) {
  const days = useMemo(() => (events ? groupByDay(events.map((event) => describeHistory(event, ratings))) : []), [events, ratings]);
  return (
    <section className="verification-section" aria-label="History">
      <header className="verification-section__header">
        <h3 className="verification-section__title">History</h3>
      </header>
      {events === undefined ? <p className="verification-empty">Loading the history…</p> : null}
      {events && events.length === 0 ? <p className="verification-empty">Nothing recorded yet.</p> : null}
      {days.map((day) => (
        <div key={day.day} className="timeline-day">
          <h4 className="timeline-day__title">{dayLabel(day.day)}</h4>
          <ol className="timeline" aria-label={`Changes on ${dayLabel(day.day)}`}>
            {day.lines.map((line) => (
              <li key={line.id} className="timeline__item">
                <div className="timeline__head">
                  <span className="timeline__what">{line.what}</span>
                  <time className="timeline__when" dateTime={line.at}>
                    {timeFormat.format(new Date(line.at))}
                  </time>
                </div>
                <div className="timeline__who">{line.actor}</div>
                {line.from !== null || line.to !== null ? (
                  <div className="timeline__change">
                    {line.from !== null ? <span className="timeline__old">{line.from}</span> : null}
                    {line.from !== null && line.to !== null ? (
                      <span className="timeline__arrow" aria-label="changed to">
                        →
                      </span>
                    ) : null}
                    {line.to !== null ? <span className="timeline__new">{line.to}</span> : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return dayFormat.format(new Date(year, month - 1, date));
}
