import { useCallback, useEffect, useState } from 'react';

/**
 * Form input kept in this browser (localStorage) while it is typed, per person and form, so that a session that
 * ends under an open editor, a closed tab or a crash does not lose it. `clear` after the server has saved it.
 */
export function useLocalDraft<T>(userId: string, formKey: string, initial: T): [T, (value: T) => void, () => void] {
  const storageKey = `budgetflow.kladde.${userId}.${formKey}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(storageKey);
      return stored ? (JSON.parse(stored) as T) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Storage full or switched off: the input still lives in the page.
    }
  }, [storageKey, value]);
  const clear = useCallback(() => window.localStorage.removeItem(storageKey), [storageKey]);
  return [value, setValue, clear];
}
