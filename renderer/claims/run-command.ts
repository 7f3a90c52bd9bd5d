import { call } from '../api-client.js';
import type { ClaimCommand } from './undo-stack.js';

/** Sends one undo or redo call; a switch so each method is checked against its own arguments. */
export async function runCommand(command: ClaimCommand): Promise<void> {
  switch (command.method) {
    case 'claims.delete':
      await call('claims.delete', command.args);
      return;
    case 'claims.restore':
      await call('claims.restore', command.args);
      return;
    case 'claims.update':
      await call('claims.update', command.args);
      return;
    case 'claims.setChain':
      await call('claims.setChain', command.args);
      return;
    case 'claims.reattach':
      await call('claims.reattach', command.args);
      return;
  }
}
