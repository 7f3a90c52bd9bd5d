// A text field that saves as the reviewer types (after a pause) and when they leave it, without the
// saved value snapping back over what they are still typing.
import { useCallback, useEffect, useRef, useState } from 'react';

const PAUSE_MS = 800;

export interface TextDraft {
  value: string;
  onChange: (next: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** `commit` gets the text and a key shared by every save of one visit to the field. */
export function useTextDraft(saved: string, commit: (next: string, session: string) => void): TextDraft {
  const [value, setValue] = useState(saved);
  const editing = useRef(false);
  const session = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, saved, commit });
  latest.current = { value, saved, commit };

  useEffect(() => {
    if (!editing.current) setValue(saved);
  }, [saved]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { value: current, saved: stored, commit: send } = latest.current;
    if (current !== stored) send(current, String(session.current));
  }, []);

  useEffect(() => () => flush(), [flush]);

  const onChange = useCallback(
    (next: string) => {
      setValue(next);
      latest.current.value = next;
      editing.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  const onFocus = useCallback(() => {
    editing.current = true;
    session.current++;
  }, []);

  const onBlur = useCallback(() => {
    editing.current = false;
    flush();
  }, [flush]);

  return { value, onChange, onFocus, onBlur };
}
