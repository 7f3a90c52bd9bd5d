// What jsdom lacks and the renderer uses, filled in just enough for components to run as they do in
// Chromium: the native <dialog>, layout measurements (all zero, as jsdom does no layout), observers
// and media queries. Runs before every component test file (vitest.config.ts, project "dom").
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Tests are not run with vitest globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// findBy and waitFor wait on real work (SQLite, a debounced search); a shared 2-core machine can
// take longer than the default second to get there.
configure({ asyncUtilTimeout: 5000 });

installDialog();
installLayoutStubs();
installObservers();
installMatchMedia();

/**
 * The <dialog> element's modal API. jsdom (27) has the element but none of its methods. The close
 * event arrives a task later, as in browsers (ModalDialog relies on that ordering), and Escape in
 * an open dialog fires a cancelable `cancel` event that closes it unless prevented.
 */
function installDialog(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __claimtracePolyfill?: true };
  if (typeof proto.showModal === 'function') return;
  const openDialog = (dialog: HTMLDialogElement) => {
    if (dialog.hasAttribute('open')) return;
    dialog.setAttribute('open', '');
  };
  Object.defineProperty(proto, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
    set(this: HTMLDialogElement, value: boolean) {
      this.toggleAttribute('open', Boolean(value));
    },
  });
  proto.show = function show(this: HTMLDialogElement) {
    openDialog(this);
  };
  proto.showModal = function showModal(this: HTMLDialogElement) {
    openDialog(this);
  };
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.hasAttribute('open')) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.removeAttribute('open');
    setTimeout(() => this.dispatchEvent(new Event('close')), 0);
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    const dialog = target?.closest('dialog[open]') ?? null;
    if (!(dialog instanceof HTMLDialogElement)) return;
    const cancel = new Event('cancel', { cancelable: true });
    if (dialog.dispatchEvent(cancel)) dialog.close();
  });
}

/** jsdom does no layout: every box is empty, which is enough for code that only measures. */
function installLayoutStubs(): void {
  const emptyRect = (): DOMRect =>
    ({ x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
  const emptyList = (): DOMRectList => Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
  if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = emptyRect;
  if (!Range.prototype.getClientRects) Range.prototype.getClientRects = emptyList;
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
  if (!Element.prototype.scrollTo) Element.prototype.scrollTo = () => undefined;
  window.scrollTo = () => undefined;
}

function installObservers(): void {
  class InertObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): [] {
      return [];
    }
  }
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: InertObserver });
  }
  if (!('IntersectionObserver' in window)) {
    Object.defineProperty(window, 'IntersectionObserver', { configurable: true, writable: true, value: InertObserver });
  }
}

/** No media query matches: light theme, motion allowed, a wide window. */
function installMatchMedia(): void {
  if (typeof window.matchMedia === 'function') return;
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
