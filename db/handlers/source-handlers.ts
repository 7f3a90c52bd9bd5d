import { listSources } from '../queries/sources.js';
import type { HandlerContext, HandlerGroup } from './context.js';

export function sourceHandlers({ db }: HandlerContext): HandlerGroup<'sources.list'> {
  return {
    'sources.list': (args) => listSources(db, args),
  };
}
