import { createDispatch, type Dispatch } from '../core/api/dispatch.js';
import type { AppEvent, Handlers } from '../core/api/index.js';
import type { WorkbenchInfo } from '../core/domain.js';

/** The part of an open workbench the desktop host needs. */
export interface OpenWorkbench {
  path: string;
  name: string;
  close(): void;
}

export interface WorkbenchSessionDeps<W extends OpenWorkbench> {
  /** Opens (or with `create`, creates) a workbench; throws when the file cannot be used. */
  open(file: string, options: { create: boolean }): W;
  /** Opens the default workbench, creating it on first use. */
  openDefault(): W;
  createService(workbench: W, options: { emit: (event: AppEvent) => void }): Handlers;
  emit(event: AppEvent): void;
  /** Told about every file that could not be opened; the current workbench stays open. */
  onOpenFailed(file: string, error: unknown): void;
  onOpened?(workbench: W, info: WorkbenchInfo): void;
  onInternalError?(method: string, error: unknown): void;
}

export interface WorkbenchSession {
  /** Switches to `file`; false when it could not be opened (the previous one is then still open). */
  open(file: string, options?: { create?: boolean }): Promise<boolean>;
  /** Switches to the default workbench; `label` names it if it cannot be opened. */
  openDefault(label: string): Promise<boolean>;
  dispatch: Dispatch;
  currentPath(): string | null;
  close(): void;
}

/**
 * The one workbench the desktop window works on. The new file is opened before the old one is
 * closed, so a file that turns out to be foreign, damaged or newer never leaves the user with
 * nothing open.
 */
export function createWorkbenchSession<W extends OpenWorkbench>(deps: WorkbenchSessionDeps<W>): WorkbenchSession {
  let current: { workbench: W; dispatch: Dispatch } | null = null;

  const dispatch: Dispatch = async (method, args) => {
    if (!current) {
      return { ok: false, error: { code: 'not_found', message: 'No workbench is open: use File → Open Workbench… or New Workbench….' } };
    }
    return current.dispatch(method, args);
  };

  async function activate(file: string, openIt: () => W): Promise<boolean> {
    let workbench: W;
    try {
      workbench = openIt();
    } catch (error) {
      deps.onOpenFailed(file, error);
      return false;
    }
    let next: { workbench: W; dispatch: Dispatch };
    let info: WorkbenchInfo;
    try {
      const handlers = deps.createService(workbench, { emit: (event) => deps.emit(event) });
      next = { workbench, dispatch: createDispatch(handlers, { onInternalError: deps.onInternalError }) };
      info = await handlers['workbench.info']({});
    } catch (error) {
      workbench.close();
      deps.onOpenFailed(file, error);
      return false;
    }
    const previous = current;
    current = next;
    if (previous && previous.workbench !== workbench) previous.workbench.close();
    deps.onOpened?.(workbench, info);
    deps.emit({ type: 'workbench.opened', workbench: info });
    return true;
  }

  return {
    open: (file, options = {}) => activate(file, () => deps.open(file, { create: options.create ?? false })),
    openDefault: (label) => activate(label, () => deps.openDefault()),
    dispatch,
    currentPath: () => current?.workbench.path ?? null,
    close() {
      current?.workbench.close();
      current = null;
    },
  };
}
