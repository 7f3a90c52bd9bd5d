import { detectCommentsStart } from '../comments/detect-comments-start.js';
import { nonEmptyLines } from '../comments/text-lines.js';
import type { FieldOrigin, MetadataProvenance, ProvenanceField } from '../domain.js';
import { findArticleStart } from './article-start.js';
import { detectAuthor } from './author.js';
import { detectLanguage } from './language.js';
import { detectOutlet } from './outlet.js';
import { detectPhotoCredits } from './photo-credits.js';
import { plainTextTitleLine } from './plain-title.js';
import { detectPublishedDate } from './published-date.js';
import { detectSourceUrl } from './source-url.js';
import { detectTitleLine, titleFromFileName } from './title.js';
import type { DetectedMetadata, MetadataHints } from './types.js';

const UNTITLED = 'Untitled document';
const MAX_TITLE = 300;

/** How the text came: as plain text (a .txt file, a paste, Markdown), or laid out as a page or a print document. */
export interface TextShape {
  plain: boolean;
}

/**
 * Title, outlet, author, photo credits, publication date, language and address of an imported
 * article. Hints the file declared win over what the text suggests. Only the article is read:
 * reader comments pasted under it are full of other outlets, dates and credits. Plain text puts its
 * headline on the first line, furniture aside; a page flattened to text needs the scored search.
 */
export function detectMetadata(text: string, hints: MetadataHints = {}, shape: TextShape = { plain: false }): DetectedMetadata {
  const commentsStart = detectCommentsStart(text);
  const article = commentsStart === null ? text : text.slice(0, commentsStart);
  const lines = nonEmptyLines(article);

  const { language, direction } = detectLanguage(article, hints.lang);
  const titleLine = (shape.plain ? plainTextTitleLine(lines, language) : null) ?? detectTitleLine(lines, language);
  const address = detectSourceUrl(lines, hints.url);
  const url = address?.url ?? null;
  const title = chooseTitle(hints, titleLine?.title ?? null, lines[0]?.text ?? null);
  const outlet = detectOutlet({ lines, titleIndex: titleLine?.index ?? null, url, siteName: hints.siteName });
  const author = detectAuthor(lines, hints.byline);
  const published = detectPublishedDate({ lines, titleIndex: titleLine?.index ?? null, language, url, publishedTime: hints.publishedTime });

  const provenance: MetadataProvenance = {};
  const record = (field: ProvenanceField, origin: FieldOrigin | null | undefined): void => {
    if (origin) provenance[field] = { origin, confirmed: false };
  };
  record('title', title.origin);
  record('outlet', outlet?.origin);
  record('author', author?.origin);
  record('publishedAt', published?.origin);
  record('url', address?.origin);

  return {
    title: title.title,
    outlet: outlet?.name ?? null,
    author: author?.name ?? null,
    photoCredits: detectPhotoCredits(article, lines),
    publishedAt: published?.date ?? null,
    language,
    direction,
    url,
    articleStart: findArticleStart(lines, titleLine, language),
    provenance,
  };
}

function chooseTitle(
  hints: MetadataHints,
  detected: string | null,
  firstLine: string | null,
): { title: string; origin: FieldOrigin | null } {
  const hinted = usefulHintedTitle(hints.title);
  const fromFile = hints.fileName ? titleFromFileName(hints.fileName) : null;
  const [title, origin]: [string, FieldOrigin | null] = hinted
    ? [hinted, 'declared']
    : detected
      ? [detected, 'headline']
      : fromFile
        ? [fromFile, 'file-name']
        : firstLine
          ? [firstLine, 'first-line']
          : [UNTITLED, null];
  return { title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title, origin };
}

/** Document properties often hold a template's or tool's title rather than the article's. */
function usefulHintedTitle(title: string | undefined): string | null {
  const clean = title?.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  if (/^(untitled|document\d*|microsoft word - .*|title|new document)$/i.test(clean)) return null;
  if (/\.(docx?|pdf|txt|html?|md)$/i.test(clean)) return null;
  return clean;
}
