import { z } from 'zod';
import type { WorkbenchInfo } from '../domain.js';
import { defineMethod } from './define.js';

export const workbenchMethods = {
  'workbench.info': defineMethod<WorkbenchInfo>()(
    z.object({}).strict(),
    'Name, path, schema version and counts of the open workbench.',
  ),
};
