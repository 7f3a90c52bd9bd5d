// Opening an attached file: the desktop app hands it to the system viewer; in a browser the file
// is saved through the browser's own download, built from the bytes already in the workbench.
import { call, hostKind } from '../../api-client.js';

export async function openEvidenceFile(evidenceId: string): Promise<void> {
  if (hostKind() === 'desktop') {
    await call('host.openEvidenceFile', { evidenceId });
    return;
  }
  const file = await call('evidence.file', { id: evidenceId });
  const bytes = Uint8Array.from(atob(file.dataBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
