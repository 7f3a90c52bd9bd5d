export type WorkbenchOpenErrorCode = 'not_found' | 'not_a_workbench' | 'corrupt' | 'newer_version' | 'locked';

/**
 * Why a file was not opened as a workbench. The message is one sentence meant for the person who
 * picked the file, so it always names the file; the file itself has been left as it was.
 */
export class WorkbenchOpenError extends Error {
  constructor(
    readonly code: WorkbenchOpenErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbenchOpenError';
  }
}

export function notFound(file: string): WorkbenchOpenError {
  return new WorkbenchOpenError('not_found', file, `There is no workbench at "${file}".`);
}

export function notAWorkbench(file: string, reason: string): WorkbenchOpenError {
  return new WorkbenchOpenError('not_a_workbench', file, `"${file}" is not a Claimtrace workbench (${reason}).`);
}

export function corrupt(file: string): WorkbenchOpenError {
  return new WorkbenchOpenError(
    'corrupt',
    file,
    `The workbench "${file}" is damaged and cannot be opened safely; it has been left untouched.`,
  );
}

export function newerVersion(file: string, fileVersion: number, appVersion: number): WorkbenchOpenError {
  return new WorkbenchOpenError(
    'newer_version',
    file,
    `"${file}" was saved by a newer version of Claimtrace (workbench format ${fileVersion}); ` +
      `this version supports formats up to ${appVersion}, so please update Claimtrace to open it.`,
  );
}

export function locked(file: string): WorkbenchOpenError {
  return new WorkbenchOpenError(
    'locked',
    file,
    `"${file}" is in use by another program or cannot be written to, so it cannot be opened right now.`,
  );
}
