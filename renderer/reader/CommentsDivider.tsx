import { Icon } from '../components/Icon.js';
import { countOf } from '../format.js';
import { useReaderRegions } from './reader-regions-context.js';

export function CommentsDivider() {
  const region = useReaderRegions().comments;
  if (!region) return null;
  return (
    <div className="comments-divider">
      <span className="comments-divider__rule" aria-hidden="true" />
      <button type="button" className="comments-divider__toggle" aria-expanded={!region.collapsed} onClick={region.toggle}>
        <Icon name={region.collapsed ? 'chevronRight' : 'chevronDown'} size={14} />
        <Icon name="comments" size={15} />
        <span className="comments-divider__label">Reader comments — not part of the article</span>
        <span className="comments-divider__count">{countOf(region.paragraphs, 'paragraph')}</span>
      </button>
      <button type="button" className="text-button comments-divider__clear" onClick={region.clear}>
        No comments
      </button>
      <span className="comments-divider__rule" aria-hidden="true" />
    </div>
  );
}
