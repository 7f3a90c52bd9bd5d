import { AsyncLocalStorage } from 'node:async_hooks';

// On a host that a desk shares, each reviewer signs in with a token of their own, and history
// must record who they are, whatever name the shared settings hold. The host runs each request
// inside the reviewer it authenticated; everything the request writes reads the name from here.
const authenticated = new AsyncLocalStorage<string>();

/** Runs `work` as the reviewer the host authenticated. */
export function asReviewer<T>(name: string, work: () => T): T {
  return authenticated.run(name, work);
}

/** The reviewer the current request was authenticated as, or null where nobody signs in (the desktop). */
export function authenticatedReviewer(): string | null {
  return authenticated.getStore() ?? null;
}
