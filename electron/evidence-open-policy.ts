// Evidence files arrive from anywhere (a source's "leaked document", a pasted download) and are
// handed to the operating system, which picks a program by the file's extension. Anything the
// system would run, install, mount or execute as a macro rather than show is refused.
import { extensionOf, sanitiseFileName } from './file-names.js';

const RUNNABLE_EXTENSIONS = new Set(
  [
    // Windows programs, scripts, installers, shortcuts and control-panel or registry files.
    'exe',
    'com',
    'bat',
    'cmd',
    'scr',
    'pif',
    'cpl',
    'msi',
    'msp',
    'mst',
    'msu',
    'msc',
    'hta',
    'js',
    'jse',
    'vb',
    'vbs',
    'vbe',
    'wsf',
    'wsh',
    'wsc',
    'ws',
    'ps1',
    'ps1xml',
    'ps2',
    'ps2xml',
    'psc1',
    'psc2',
    'psd1',
    'psm1',
    'lnk',
    'url',
    'scf',
    'reg',
    'inf',
    'dll',
    'sys',
    'drv',
    'ocx',
    'cab',
    'appx',
    'appxbundle',
    'msix',
    'msixbundle',
    'appref-ms',
    'application',
    'gadget',
    'diagcab',
    'chm',
    'hlp',
    'xbap',
    'xll',
    'library-ms',
    'search-ms',
    'searchconnector-ms',
    'settingcontent-ms',
    // Disk images mount as drives and strip the "downloaded from the internet" warning from what is inside.
    'iso',
    'img',
    'vhd',
    'vhdx',
    // macOS applications, installers, scripts and Terminal files.
    'app',
    'command',
    'tool',
    'workflow',
    'action',
    'pkg',
    'mpkg',
    'dmg',
    'scpt',
    'scptd',
    'applescript',
    'terminal',
    'prefpane',
    'kext',
    'osax',
    'fileloc',
    'inetloc',
    'webloc',
    // Linux launchers, shell scripts, packages and binaries.
    'sh',
    'bash',
    'zsh',
    'csh',
    'ksh',
    'fish',
    'run',
    'bin',
    'out',
    'desktop',
    'appimage',
    'deb',
    'rpm',
    'snap',
    'flatpak',
    'flatpakref',
    'so',
    'ko',
    'elf',
    // Interpreted programs any platform may run on a double-click.
    'jar',
    'class',
    'jnlp',
    'py',
    'pyw',
    'pyc',
    'pyz',
    'pl',
    'rb',
    'php',
    'lua',
    'tcl',
    'swf',
    'apk',
    'xap',
    // Office files whose macros run once opened; the plain formats (.docx, .xlsx, .pptx) are fine.
    'docm',
    'dotm',
    'xlsm',
    'xltm',
    'xlam',
    'xla',
    'xlm',
    'pptm',
    'potm',
    'ppam',
    'ppsm',
    'sldm',
    // Files that embed programs or fetch from the network when opened: OneNote pages (attachments
    // run from them), Excel web queries and SYLK sheets (formulas that call out), pinned sites.
    'one',
    'onepkg',
    'iqy',
    'slk',
    'website',
    'dqy',
    'rqy',
    'oqy',
    'xlw',
  ].map((extension) => `.${extension}`),
);

const RUNNABLE_MEDIA_TYPES = new Set([
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-dosexec',
  'application/vnd.microsoft.portable-executable',
  'application/x-ms-installer',
  'application/x-msi',
  'application/x-ms-shortcut',
  'application/x-executable',
  'application/x-pie-executable',
  'application/x-elf',
  'application/x-sharedlib',
  'application/x-mach-binary',
  'application/x-apple-diskimage',
  'application/x-iso9660-image',
  'application/x-desktop',
  'application/x-appimage',
  'application/vnd.debian.binary-package',
  'application/x-rpm',
  'application/java-archive',
  'application/x-java-archive',
  'application/x-java-jnlp-file',
  'application/vnd.android.package-archive',
  'application/x-shockwave-flash',
  'application/hta',
  'application/x-bat',
]);

/** Script languages, whatever their type is called (text/javascript, application/x-shellscript…). */
const SCRIPT_MEDIA_TYPE = /(java|ecma|vb|power|shell|apple)script|^(application|text)\/x-(sh|csh|python|perl|ruby|php|lua|tcl)$/u;

/** Extensions for the types evidence is usually stored under, for files uploaded without one. */
const EXTENSIONS_BY_MEDIA_TYPE: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/svg+xml': '.svg',
  'image/tiff': '.tiff',
  'image/bmp': '.bmp',
  'application/zip': '.zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/msword': '.doc',
  'application/rtf': '.rtf',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/csv': '.csv',
  'text/markdown': '.md',
  'application/json': '.json',
  'application/ld+json': '.jsonld',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'message/rfc822': '.eml',
  'audio/mpeg': '.mp3',
  'audio/ogg': '.ogg',
  'audio/wav': '.wav',
  'video/mp4': '.mp4',
  'video/webm': '.webm',
  'video/quicktime': '.mov',
};

/** The bare type, lower-case, without parameters ("text/html; charset=utf-8" → "text/html"). */
function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** The usual extension for a media type, or '' when the type names no particular format. */
export function extensionForMediaType(mediaType: string): string {
  return EXTENSIONS_BY_MEDIA_TYPE[baseMediaType(mediaType)] ?? '';
}

/**
 * The name an evidence file is written under for the system viewer: made safe, and given the
 * extension of its type when it has none, since the viewer is chosen by extension.
 */
export function evidenceFileName(name: string, mediaType: string): string {
  const safe = sanitiseFileName(name, 'evidence');
  return extensionOf(safe) === '' ? `${safe}${extensionForMediaType(mediaType)}` : safe;
}

// Markup a browser would render — running its scripts and fetching what it links — which the
// system hands to the browser by default. Such evidence is opened as its text instead.
const MARKUP_EXTENSIONS = new Set(
  ['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl', 'xslt', 'rss', 'atom', 'eml', 'webarchive'].map(
    (extension) => `.${extension}`,
  ),
);
const MARKUP_MEDIA_TYPE =
  /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml|multipart\/related|message\/rfc822|application\/x-mimearchive|(?:application|text)\/(?:[\w.+-]+\+)?xml)$/u;

/** How an evidence file is opened: by the system viewer, as inert text, or not at all. */
export type EvidenceOpening = 'system' | 'text' | 'refused';

export function evidenceOpening(name: string, mediaType: string): EvidenceOpening {
  if (!isSafeToOpen(name, mediaType)) return 'refused';
  const extension = extensionOf(evidenceFileName(name, mediaType));
  return MARKUP_EXTENSIONS.has(extension) || MARKUP_MEDIA_TYPE.test(baseMediaType(mediaType)) ? 'text' : 'system';
}

/**
 * Whether the file may go straight to the system viewer. Judged on the name it would be written
 * under (so tricks such as trailing dots or hidden direction marks count for nothing) and on its
 * type. A file whose kind cannot be told at all is not opened either: the system could only guess.
 */
export function isSafeToOpen(name: string, mediaType: string): boolean {
  const extension = extensionOf(evidenceFileName(name, mediaType));
  if (extension === '' || RUNNABLE_EXTENSIONS.has(extension)) return false;
  const type = baseMediaType(mediaType);
  return !RUNNABLE_MEDIA_TYPES.has(type) && !SCRIPT_MEDIA_TYPE.test(type);
}
