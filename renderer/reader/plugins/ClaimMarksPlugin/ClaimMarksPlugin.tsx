// Paints the claim marks and makes them clickable. The marks themselves are MarkNodes built with
// the text (their IDs are claim IDs); this plugin only decorates their DOM — colour by verdict or
// status, an outline on the active claim — and turns a click into opening a claim. Where claims
// overlap, a click offers a small menu of the claims under the pointer.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { Claim, Rating } from '../../../../core/domain.js';
import { STATUS_LABELS } from '../../../../core/vocabulary/status-labels.js';
import { claimTone, shortQuote } from '../../../claims/claim-tones.js';
import type { RevealClaimRequest } from '../../../claims/claims-context.js';
import { ContextMenu, type MenuPosition } from '../../../components/ContextMenu.js';
import { domRangeFor, type ReaderNodeMap } from '../../reader-node-map.js';
import { scrollIntoViewIfNeeded } from '../../scroll-into-third.js';
import { blockIndexAt, type TextRegion } from '../../text-layout.js';
import { toneColor } from './claim-mark-style.js';

interface ClaimMarksPluginProps {
  map: ReaderNodeMap | null;
  claims: readonly Claim[];
  ratingsById: ReadonlyMap<string, Rating>;
  activeClaimId: string | null;
  onOpenClaim: (id: string) => void;
  revealRequest: RevealClaimRequest | null;
  scroller: HTMLElement | null;
  /** Regions folded away (page furniture, reader comments); revealing a claim inside one unfolds it. */
  collapsedRegions: ReadonlySet<TextRegion>;
  onExpandRegion: (region: TextRegion) => void;
}

export function ClaimMarksPlugin({
  map,
  claims,
  ratingsById,
  activeClaimId,
  onOpenClaim,
  revealRequest,
  scroller,
  collapsedRegions,
  onExpandRegion,
}: ClaimMarksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const [chooser, setChooser] = useState<{ ids: string[]; position: MenuPosition } | null>(null);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const latest = useRef({ byId, onOpenClaim });
  latest.current = { byId, onOpenClaim };

  useLayoutEffect(() => {
    if (!map) return;
    const claimById = new Map(claims.map((claim) => [claim.id, claim]));
    const describe = (id: string) => {
      const claim = claimById.get(id);
      return claim ? claimTone(claim, ratingsById) : null;
    };
    let firstActive: HTMLElement | null = null;
    let lastActive: HTMLElement | null = null;
    for (const block of map.lineSegments) {
      for (const line of block) {
        for (const segment of line) {
          if (!segment.markKey) continue;
          const element = editor.getElementByKey(segment.markKey);
          if (!element) continue;
          const inner = describe(segment.ids[0]!);
          const under = segment.ids[1] ? describe(segment.ids[1]) : null;
          element.dataset.claimIds = segment.ids.join(' ');
          if (inner) element.style.setProperty('--claim-color', toneColor(inner));
          if (under) element.style.setProperty('--claim-under-color', toneColor(under));
          else element.style.removeProperty('--claim-under-color');
          element.title =
            segment.ids.length > 1
              ? `${segment.ids.length} claims overlap here — click to choose one`
              : `Claim · ${inner?.label ?? ''} — click to open`;
          const active = activeClaimId !== null && segment.ids.includes(activeClaimId);
          element.classList.toggle('is-active', active);
          element.classList.remove('is-active-start', 'is-active-end');
          if (active) {
            firstActive ??= element;
            lastActive = element;
          }
        }
      }
    }
    (firstActive as HTMLElement | null)?.classList.add('is-active-start');
    (lastActive as HTMLElement | null)?.classList.add('is-active-end');
  }, [editor, map, claims, ratingsById, activeClaimId]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const selection = window.getSelection();
      // The end of a drag that selected text is not a click on a claim.
      if (selection && !selection.isCollapsed) return;
      const mark = (event.target as Element | null)?.closest?.('mark[data-claim-ids]');
      if (!(mark instanceof HTMLElement) || !root.contains(mark)) return;
      const ids = (mark.dataset.claimIds ?? '').split(' ').filter((id) => latest.current.byId.has(id));
      if (ids.length === 1) latest.current.onOpenClaim(ids[0]!);
      else if (ids.length > 1) setChooser({ ids, position: { x: event.clientX, y: event.clientY + 8 } });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor, map]);

  const shown = useRef<RevealClaimRequest | null>(null);
  useEffect(() => {
    if (!map || !revealRequest || !scroller || shown.current === revealRequest) return;
    const claim = claims.find((candidate) => candidate.id === revealRequest.claimId);
    if (!claim || claim.start === null || claim.end === null || claim.orphaned) return;
    const block = map.layout.blocks[blockIndexAt(map.layout, claim.start)];
    if (block && collapsedRegions.has(block.region)) {
      onExpandRegion(block.region);
      return;
    }
    const range = domRangeFor(editor, map, claim.start, claim.end);
    if (!range) return;
    shown.current = revealRequest;
    scrollIntoViewIfNeeded(scroller, range);
    // Paragraphs far from view are laid out only when they come near it; look again once they are.
    const settle = requestAnimationFrame(() => scrollIntoViewIfNeeded(scroller, range));
    return () => cancelAnimationFrame(settle);
  }, [editor, map, claims, revealRequest, scroller, collapsedRegions, onExpandRegion]);

  if (!chooser) return null;
  return (
    <ContextMenu
      label="Claims here"
      position={chooser.position}
      onClose={() => setChooser(null)}
      items={chooser.ids.map((id) => {
        const claim = byId.get(id);
        const status = claim ? (claim.ratingId ? ratingsById.get(claim.ratingId)?.label : STATUS_LABELS[claim.status]) : '';
        return {
          label: `“${shortQuote(claim?.quote ?? '', 56)}” · ${status ?? ''}`,
          icon: id === activeClaimId ? 'check' : 'claim',
          onSelect: () => onOpenClaim(id),
        };
      })}
    />
  );
}
