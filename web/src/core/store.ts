// A minimal observable state container: each domain (graph, filters, ...) owns
// one; views read with get() and re-render on subscribe(), and change state only
// through the domain's actions.
export interface Store<T> {
  get(): T;
  set(next: Partial<T> | ((current: T) => T)): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    get: () => state,
    set(next) {
      const previous = state;
      state = typeof next === 'function' ? next(state) : { ...state, ...next };
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
