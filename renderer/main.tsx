import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/lists.css';
import './styles/panes.css';
import './styles/dialog.css';
import './styles/menu.css';
import './styles/library-tools.css';
import './styles/import.css';
import './styles/reader.css';
import './styles/revisions.css';
import './styles/claims.css';
import './styles/sources.css';
import './styles/relays.css';
import './styles/verification.css';
import './styles/appearances.css';
import './styles/origins.css';
import './styles/review.css';
import './styles/export.css';
import './styles/backups.css';
import './styles/article-start.css';
import './styles/keyboard.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { accessToken } from './access-token.js';
import { App } from './app/App.js';
import { applyRememberedTheme } from './app/theme.js';

// Before anything renders: take a browser-host token out of the address bar, and paint in the
// colours the reviewer chose last time.
if (!window.claimtrace) accessToken();
applyRememberedTheme();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render Claimtrace into.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
