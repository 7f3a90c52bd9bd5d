// The host.* methods as the desktop app answers them. Everything that needs Electron (dialogs, the
// PDF renderer, the system viewer) arrives as a port, so the decisions here run under plain Node.
import path from 'node:path';

import type { FileFilter } from 'electron';

import type { Handlers, NamespaceHandlers } from '../core/api/index.js';
import { ApiError } from '../core/api/result.js';
import { writeFileAtomic } from '../db/atomic-write.js';
import type { EvidenceCopies } from './evidence-copies.js';
import { evidenceFileName, evidenceOpening } from './evidence-open-policy.js';
import { fileError } from './file-error.js';
import { ensureExtension, extensionOf, pdfFileName, sanitiseFileName, withDefaultExtension } from './file-names.js';
import { saveFiltersFor } from './save-filters.js';

export type HostHandlers = NamespaceHandlers<'host'>;

export interface SaveDialogRequest {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

export interface DesktopHostPorts {
  /** Where save dialogs start. */
  documentsDir(): string;
  /** The native save dialog: the chosen path, or null when the user cancels. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
  /** A self-contained HTML document laid out and printed to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Hands a file to the system viewer: '' on success, otherwise the system's reason (as shell.openPath). */
  openPath(file: string): Promise<string>;
  evidenceCopies: EvidenceCopies;
}

/** The workbench service with its host.* methods answered by the desktop host instead. */
export function withHostHandlers(handlers: Handlers, host: HostHandlers): Handlers {
  return { ...handlers, ...host };
}

export function createHostHandlers(service: Pick<Handlers, 'evidence.file'>, ports: DesktopHostPorts): HostHandlers {
  return {
    // The window prints PDFs itself and saves them with host.savePdf; nothing is downloaded.
    'host.capabilities': () => ({ pdfDownload: false }),
    'host.printPdf': () => {
      throw new ApiError('unsupported', 'The desktop app prints a PDF and saves it where you choose: use Save PDF… in the export dialog.');
    },

    'host.saveFile': async ({ content, fileName }) => {
      const suggested = sanitiseFileName(fileName, 'export.txt');
      const chosen = await ports.chooseSavePath({
        title: 'Save Export',
        defaultPath: path.join(ports.documentsDir(), suggested),
        filters: saveFiltersFor(suggested),
      });
      if (chosen === null) return null;
      const file = withDefaultExtension(chosen, extensionOf(suggested));
      await save(file, content);
      return { path: file };
    },

    'host.savePdf': async ({ html, fileName }) => {
      const suggested = pdfFileName(fileName);
      const chosen = await ports.chooseSavePath({
        title: 'Save as PDF',
        defaultPath: path.join(ports.documentsDir(), suggested),
        filters: saveFiltersFor(suggested),
      });
      if (chosen === null) return null;
      // PDF bytes under any other extension would open as garbage.
      const file = ensureExtension(chosen, '.pdf');
      let pdf: Uint8Array;
      try {
        pdf = await ports.printToPdf(html);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw new ApiError('internal', `The report could not be printed to PDF: ${firstLine(error)}.`);
      }
      await save(file, pdf);
      return { path: file };
    },

    'host.openEvidenceFile': async ({ evidenceId }) => {
      const stored = await service['evidence.file']({ id: evidenceId });
      const name = evidenceFileName(stored.name, stored.mediaType);
      const opening = evidenceOpening(name, stored.mediaType);
      if (opening === 'refused') {
        throw new ApiError(
          'forbidden',
          `For safety, ${name} is not opened directly: it could run a program or reach the network. Save it and inspect it first.`,
        );
      }
      // Markup opens as its source text in the text viewer: a browser would run its scripts and load what it links.
      const copyName = opening === 'text' ? `${name}.txt` : name;
      let copy: string;
      try {
        copy = ports.evidenceCopies.write(copyName, Buffer.from(stored.dataBase64, 'base64'));
      } catch (error) {
        throw fileError('make a temporary copy of', name, error);
      }
      const failure = await ports.openPath(copy);
      if (failure !== '') throw new ApiError('unsupported', `The system could not open ${name}: ${failure.replace(/[.\s]+$/u, '')}.`);
      return { opened: true };
    },
  };
}

async function save(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (error) {
    throw fileError('save', file, error);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .split('\n')[0]!
    .slice(0, 300)
    .replace(/[.\s]+$/u, '');
}
