import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

import { normaliseText } from '../core/text/normalise.js';
import type { Extracted } from './extracted.js';
import { IngestError } from './ingest-error.js';
import { MAX_DOCUMENT_CHARS, MAX_PDF_PAGES } from './limits.js';
import { pagesToText, type PlacedText } from './pdf-layout.js';
import { withTimeLimit, yieldToEventLoop } from './with-time-limit.js';

type Pdfjs = typeof PdfjsModule;

// The worker module is plain JavaScript without type declarations; naming it through a variable
// keeps the import untyped instead of failing type-checking.
const PDF_WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
let pdfjsLoading: Promise<Pdfjs> | null = null;

/**
 * pdf.js loaded once, with its worker code running in this thread: pdf.js picks up
 * `globalThis.pdfjsWorker` instead of fetching a worker script, so nothing is loaded by URL.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= await import(PDF_WORKER_MODULE);
    return pdfjs;
  })();
  return pdfjsLoading;
}

/** Text layer only: no fonts loaded, no eval, no network, no rendering. */
const SAFE_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  stopAtErrors: false,
  verbosity: 0,
} as const;

export async function extractPdf(bytes: Uint8Array, name: string, timeLimitMs: number): Promise<Extracted> {
  if (!hasEndMarker(bytes)) {
    throw new IngestError('malformed', `${name} is damaged or truncated: the PDF ends before its end-of-file marker.`);
  }
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  // pdf.js takes ownership of its input and refuses Node Buffers, so it gets a plain copy.
  const task = pdfjs.getDocument({ ...SAFE_OPTIONS, data: new Uint8Array(bytes) });
  let abandoned = false;
  try {
    return await withTimeLimit(
      name,
      timeLimitMs,
      async () => {
        const pdf = await task.promise;
        if (pdf.numPages > MAX_PDF_PAGES) {
          throw new IngestError('too_large', `${name} has too many pages (${pdf.numPages}; the limit is ${MAX_PDF_PAGES}).`);
        }
        const pages: PlacedText[][] = [];
        let characters = 0;
        for (let number = 1; number <= pdf.numPages && !abandoned; number++) {
          const page = await pdf.getPage(number);
          const content = await page.getTextContent();
          const items: PlacedText[] = [];
          for (const item of content.items) {
            if (!('str' in item)) continue;
            const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
            items.push({ text: item.str, x, y, width: item.width, height: item.height || Math.hypot(c, d), endsLine: item.hasEOL });
            characters += item.str.length;
          }
          if (characters > MAX_DOCUMENT_CHARS) {
            throw new IngestError(
              'too_large',
              `${name} holds more text than one document can (over ${MAX_DOCUMENT_CHARS / 1_000_000} million characters).`,
            );
          }
          pages.push(items);
          page.cleanup();
          await yieldToEventLoop();
        }
        const info = await pdf
          .getMetadata()
          .then((metadata) => metadata.info as Record<string, unknown>)
          .catch(() => ({}) as Record<string, unknown>);
        const text = normaliseText(pagesToText(pages));
        if (text === '') {
          throw new IngestError(
            'no_text',
            `${name} contains no text layer (it may be a scanned image; text recognition is not supported).`,
          );
        }
        return {
          text,
          hints: {
            ...(typeof info.Title === 'string' && info.Title.trim() ? { title: info.Title.trim() } : {}),
            ...(typeof info.Language === 'string' && info.Language.trim() ? { lang: info.Language.trim() } : {}),
          },
          format: 'pdf' as const,
        };
      },
      () => {
        abandoned = true;
        void task.destroy();
      },
    );
  } catch (error) {
    throw asPdfError(error, name);
  } finally {
    void task.destroy();
  }
}

/**
 * "%%EOF" near the end of the file. Every complete PDF has one; pdf.js can sometimes recover text
 * from a cut-off file, but half an article imported without warning is worse than a clear refusal.
 */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function asPdfError(error: unknown, name: string): IngestError {
  if (error instanceof IngestError) return error;
  const errorName = (error as { name?: unknown } | null)?.name;
  if (errorName === 'PasswordException') {
    return new IngestError('encrypted', `${name} is password-protected; remove the password and import it again.`, { cause: error });
  }
  return new IngestError('malformed', `${name} is not a valid PDF file or is damaged.`, { cause: error });
}
