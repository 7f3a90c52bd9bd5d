import { z } from 'zod';

import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

/**
 * Things only the desktop app can do, because they need the operating system: print a report to
 * PDF through the window's own renderer and save it where the user chooses, and open an attached
 * evidence file in the system viewer. The workbench service answers `unsupported`; the desktop
 * host provides the real handlers, and the browser host refuses them (scope 'local').
 */
export const hostMethods = {
  'host.savePdf': defineMethod<{ path: string } | null>()(
    z
      .object({
        html: z
          .string()
          .min(1)
          .max(200 * 1024 * 1024),
        fileName: typedLine().min(1).max(255),
      })
      .strict(),
    'Print a self-contained HTML report to PDF and save it where the user chooses (null when they cancel).',
    'local',
  ),
  'host.saveFile': defineMethod<{ path: string } | null>()(
    z
      .object({
        content: z.string().max(500 * 1024 * 1024),
        fileName: typedLine().min(1).max(255),
      })
      .strict(),
    'Save exported text where the user chooses (null when they cancel).',
    'local',
  ),
  'host.openEvidenceFile': defineMethod<{ opened: boolean }>()(
    z.object({ evidenceId: id }).strict(),
    'Open an evidence file stored in the workbench with the system viewer.',
    'local',
  ),
} satisfies NamespaceMethods<'host'>;
