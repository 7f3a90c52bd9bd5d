/**
 * Chromium logs every HTTP error answer as a console error. A test that provokes one on purpose
 * (a rejected save, a missing token) removes exactly those lines before asserting the console is clean.
 */
export function withoutHttpErrors(consoleErrors: string[], status: number): string[] {
  return consoleErrors.filter((line) => !line.includes(`the server responded with a status of ${status}`));
}
