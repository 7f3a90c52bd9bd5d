import { Icon } from '../components/Icon.js';
import { countOf } from '../format.js';
import { FURNITURE_REGION_ID } from './nodes/FurnitureRegionNode.js';
import { useReaderRegions } from './reader-regions-context.js';

/** One quiet line for the site's navigation and menus above the article, folded by default. */
export function FurnitureDivider() {
  const region = useReaderRegions().furniture;
  if (!region) return null;
  return (
    <div className="furniture-divider">
      <button
        type="button"
        className="furniture-divider__toggle"
        aria-expanded={!region.collapsed}
        aria-controls={FURNITURE_REGION_ID}
        onClick={region.toggle}
      >
        <Icon name={region.collapsed ? 'chevronRight' : 'chevronDown'} size={14} />
        <span className="furniture-divider__label">Page text before the article</span>
        <span className="furniture-divider__count">· {countOf(region.lines, 'line')}</span>
        <span className="furniture-divider__action">{region.collapsed ? 'Show' : 'Hide'}</span>
      </button>
      {region.collapsed ? null : (
        <button type="button" className="text-button furniture-divider__clear" onClick={region.clear}>
          Show the whole page as the article
        </button>
      )}
    </div>
  );
}
