// A control that shows the reviewer's choice at once, before the save comes back, and follows the
// saved value again whenever it changes. A failed save sets the choice back to the saved value.
import { useEffect, useState } from 'react';

export function usePendingValue<T>(saved: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => setPending(null), [saved]);
  return [pending ? pending.value : saved, (value: T) => setPending({ value })];
}
