// A typed command bus: each command name maps to the payload it carries, so a view asks another part
// of the window to act (open a claim, show a graph) without holding a handle on it, and the compiler
// checks both ends. Every registered handler hears a command, in the order they registered.
// Dispatch is synchronous, so a command sent from a click still counts as the user's own action
// (browsers open a file chooser only then).

type Handler<Payload> = (payload: Payload) => void;

/** `dispatch('name')` for commands that carry nothing, `dispatch('name', payload)` otherwise. */
type PayloadArgs<Payload> = [Payload] extends [undefined] ? [payload?: undefined] : [payload: Payload];

export interface CommandBus<Commands> {
  /** Sends a command to every handler of it; returns how many heard it. */
  dispatch<Name extends keyof Commands>(name: Name, ...payload: PayloadArgs<Commands[Name]>): number;
  /** Adds a handler; returns the function that removes it. */
  register<Name extends keyof Commands>(name: Name, handler: Handler<Commands[Name]>): () => void;
}

export function createCommandBus<Commands>(): CommandBus<Commands> {
  const handlers = new Map<keyof Commands, Set<Handler<never>>>();
  return {
    dispatch(name, ...payload) {
      const heard = [...(handlers.get(name) ?? [])] as Handler<(typeof payload)[0]>[];
      for (const handler of heard) handler(payload[0]);
      return heard.length;
    },
    register(name, handler) {
      const set = handlers.get(name) ?? new Set();
      handlers.set(name, set);
      set.add(handler as Handler<never>);
      return () => {
        set.delete(handler as Handler<never>);
      };
    },
  };
}
