// The queue's keys, always in view below its list.
import { type Shortcut, ShortcutLegend as Legend } from '../components/ShortcutLegend.js';

const SHORTCUTS: Shortcut[] = [
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
  return <Legend label="Keyboard shortcuts" shortcuts={SHORTCUTS} />;
}
