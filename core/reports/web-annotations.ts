// The claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so annotation
// tools (Hypothesis, Recogito, any Web Annotation client) can show the reviewer's highlights and
// verdicts on the original articles.
//
// Decisions:
// - The export is one AnnotationCollection whose first (and only) AnnotationPage embeds every
//   annotation: the model's way to deliver a set as one JSON-LD document. Each annotation keeps
//   its own @context so it still stands alone when taken out of the collection.
// - Motivation is "assessing" when the claim has a verdict, "describing" when it only has a
//   statement, and "highlighting" when the reviewer recorded nothing beyond the quote.
// - The target's source is the document's URL when it has one, otherwise urn:uuid:<document id>.
//   Selectors describe the text as stored in the workbench (the imported article text), which may
//   differ from the live page; the TextQuoteSelector lets clients re-find the quote there.
// - TextPositionSelector counts code points, as the model requires; stored offsets are converted.
//   An orphaned claim has no trustworthy position, so it gets the TextQuoteSelector only.
// - Each source of the attribution chain that has a Wikidata item (and the claimant, when the
//   registry knows them by that name) is linked from a body: a SpecificResource with the purpose
//   "linking" ("to link to a resource related to the Target") whose source is the item's page,
//   labelled with the source's name (`label` is rdfs:label in the annotation context), nearest hop
//   first. It is the model's way to give an External Web Resource a purpose (section 4.1), and it
//   lets two desks' annotations name the same agency however each spells it. Sources without an
//   item have no address to link to and are left to the report.
import { UNNAMED_ACTOR } from '../review/assignee.js';
import { orderedHops } from './chain.js';
import { numberedClaims } from './claim-order.js';
import { codePointRange } from './code-points.js';
import { isoTimestamp } from './dates.js';
import { jsonLdText } from './json-ld.js';
import type { ReportClaim, ReportDocument, ReportModel } from './model.js';
import { claimCounter, type RenderOptions } from './render-progress.js';
import { wikidataItemUrl } from './wikidata.js';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type AnnotationMotivation = 'assessing' | 'describing' | 'highlighting';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'assessing' | 'tagging' | 'commenting';
  format: 'text/plain';
  language?: string;
}

/** A body linking to a source's Wikidata item, labelled with the source's name. */
export interface SourceLinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: { id: string; label: string };
}

export type AnnotationBody = TextualBody | SourceLinkBody;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Agent {
  type: 'Person' | 'Organization';
  name: string;
  homepage?: string;
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: AnnotationMotivation;
  created?: string;
  modified?: string;
  creator?: Agent;
  body?: AnnotationBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: (TextQuoteSelector | TextPositionSelector)[];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Absent when there are no annotations: the model gives an empty collection no pages. */
  first?: {
    id: string;
    type: 'AnnotationPage';
    partOf: string;
    startIndex: 0;
    items: WebAnnotation[];
  };
}

export function renderWebAnnotations(model: ReportModel, options: RenderOptions = {}): AnnotationCollection {
  const rendered = claimCounter(options.onProgress);
  const items = numberedClaims(model).map(({ claim, document }) => {
    const item = annotation(claim, document);
    rendered();
    return item;
  });
  const id = `urn:uuid:${model.id}`;
  const collection: AnnotationCollection = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: model.title,
    total: items.length,
  };
  if (items.length > 0) collection.first = { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items };
  return collection;
}

/** The collection as JSON-LD text, pretty-printed and safe to embed in a web page. */
export function renderWebAnnotationsJson(model: ReportModel, options: RenderOptions = {}): string {
  return `${jsonLdText(renderWebAnnotations(model, options))}\n`;
}

function annotation(claim: ReportClaim, document: ReportDocument | undefined): WebAnnotation {
  const body = bodies(claim);
  const result: WebAnnotation = {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${claim.id}`,
    type: 'Annotation',
    motivation: claim.rating ? 'assessing' : claim.statement.trim() ? 'describing' : 'highlighting',
    target: {
      type: 'SpecificResource',
      source: document?.url?.trim() || `urn:uuid:${claim.documentId}`,
      selector: selectors(claim, document),
    },
  };
  const created = isoTimestamp(claim.createdAt);
  const modified = isoTimestamp(claim.updatedAt);
  if (created) result.created = created;
  if (modified) result.modified = modified;
  const creator = creatorOf(claim);
  if (creator) result.creator = creator;
  if (body.length > 0) result.body = body;
  return result;
}

function bodies(claim: ReportClaim): AnnotationBody[] {
  const list: AnnotationBody[] = [];
  if (claim.statement.trim()) {
    list.push({ type: 'TextualBody', value: claim.statement.trim(), purpose: 'describing', format: 'text/plain' });
  }
  if (claim.rating) {
    list.push({ type: 'TextualBody', value: claim.rating.label, purpose: 'assessing', format: 'text/plain' });
  }
  if (claim.rationaleText.trim()) {
    list.push({ type: 'TextualBody', value: claim.rationaleText.trim(), purpose: 'commenting', format: 'text/plain' });
  }
  for (const tag of claim.tags) {
    if (tag.trim()) list.push({ type: 'TextualBody', value: tag.trim(), purpose: 'tagging', format: 'text/plain' });
  }
  list.push(...sourceLinks(claim));
  return list;
}

/** Links to the Wikidata items of the chain's sources, nearest first, then the claimant's; each item once. */
function sourceLinks(claim: ReportClaim): SourceLinkBody[] {
  const named = [
    ...orderedHops(claim).map((hop) => ({ name: hop.sourceName, wikidataId: hop.sourceWikidataId })),
    { name: claim.claimant, wikidataId: claim.claimantWikidataId },
  ];
  const links: SourceLinkBody[] = [];
  const seen = new Set<string>();
  for (const { name, wikidataId } of named) {
    const id = wikidataItemUrl(wikidataId);
    const label = name.trim();
    if (!id || !label || seen.has(id)) continue;
    seen.add(id);
    links.push({ type: 'SpecificResource', purpose: 'linking', source: { id, label } });
  }
  return links;
}

function selectors(claim: ReportClaim, document: ReportDocument | undefined): (TextQuoteSelector | TextPositionSelector)[] {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: claim.quote };
  if (claim.prefix) quote.prefix = claim.prefix;
  if (claim.suffix) quote.suffix = claim.suffix;
  const positioned =
    document &&
    !claim.orphaned &&
    claim.start !== null &&
    claim.end !== null &&
    document.text.slice(claim.start, claim.end) === claim.quote;
  if (!positioned || claim.start === null || claim.end === null) return [quote];
  const range = codePointRange(document.text, claim.start, claim.end);
  return [quote, { type: 'TextPositionSelector', start: range.start, end: range.end }];
}

/**
 * Who made the annotation: the reviewer who created the claim according to its history, else the
 * last reviewer who changed it. A change made before anyone set a reviewer name is signed with a
 * placeholder that names nobody, so it is not taken for a person; with no name on record the
 * creator is left out rather than credited to whoever happens to export the report.
 */
function creatorOf(claim: ReportClaim): Agent | null {
  const named = claim.history.filter((e) => isPerson(e.actor)).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const creation = named.find((e) => e.action === 'create' && e.entity === 'claim');
  const person = (creation ?? named[named.length - 1])?.actor.trim();
  return person ? { type: 'Person', name: person } : null;
}

function isPerson(actor: string): boolean {
  const name = actor.trim();
  return name !== '' && name !== UNNAMED_ACTOR;
}
