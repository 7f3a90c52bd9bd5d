// A row of keys and what each does, kept in view where those keys work, so a keyboard flow is
// discoverable without a manual.

export interface Shortcut {
  keys: string[];
  action: string;
}

export function ShortcutLegend({ label, shortcuts }: { label: string; shortcuts: readonly Shortcut[] }) {
  return (
    <section className="shortcut-legend" aria-label={label}>
      <dl className="shortcut-legend__list">
        {shortcuts.map(({ keys, action }) => (
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
