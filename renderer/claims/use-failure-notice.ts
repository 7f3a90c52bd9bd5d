// How a button or menu item reports a claim command that failed: a notification titled with what
// did not happen ("The claim was not made"), the API's message under it.
import { useCallback } from 'react';

import { asClientError } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';

export function useFailureNotice(): (title: string) => (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (title: string) => (error: unknown) => notify({ tone: 'error', title, message: asClientError(error).message }),
    [notify],
  );
}
