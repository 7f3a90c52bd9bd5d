// The theme setting pins light or dark; "system" follows the operating system through CSS. The
// last choice is also kept locally so the next launch paints in the right colours before the
// workbench has answered.
import type { Settings } from '../../core/domain.js';

type Theme = Settings['theme'];

const STORAGE_KEY = 'claimtrace.theme';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // The theme is still applied; only the early paint of the next launch may differ.
  }
}

export function applyRememberedTheme(): void {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return;
  }
  if (remembered === 'light' || remembered === 'dark') document.documentElement.dataset.theme = remembered;
}
