// The queue's keys, always in view, so the keyboard flow is discoverable without a manual.

const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['J', '↓'], action: 'Next claim' },
  { keys: ['K', '↑'], action: 'Previous claim' },
  { keys: ['1–9'], action: 'Set verdict' },
  { keys: ['0'], action: 'No verdict' },
  { keys: ['R'], action: 'Write rationale' },
  { keys: ['Esc'], action: 'Back to the list' },
  { keys: ['S'], action: 'Next status' },
  { keys: ['Enter'], action: 'Open in reader' },
];

export function ShortcutLegend() {
  return (
    <section className="shortcut-legend" aria-label="Keyboard shortcuts">
      <dl className="shortcut-legend__list">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="shortcut-legend__item">
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
