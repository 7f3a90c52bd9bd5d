// What went wrong with a form as a whole, under its fields; nothing when all is well.
import type { ReactNode } from 'react';

import { Icon } from './Icon.js';

export function FormError({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <p className="form-error" role="alert">
      <Icon name="alert" />
      <span>{children}</span>
    </p>
  );
}
