import { Icon } from '../components/Icon.js';

/** Shown over the whole window while files are dragged over it. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <div className="drop-overlay__target">
        <div className="drop-overlay__icon">
          <Icon name="import" size={30} />
        </div>
        <p className="drop-overlay__title">Drop to import</p>
        <p className="drop-overlay__text">
          Files and whole folders of articles: text, Markdown, HTML and single-file web pages (.mhtml), PDF and Word (.docx). Hidden files
          and other formats inside folders are skipped.
        </p>
      </div>
    </div>
  );
}
