import { useEffect, useRef } from 'react';

/**
 * Moves the focus to the first field of an item added to a list, once the list has drawn it: call the returned
 * function when adding; `count` is the list's length and `fieldId` names the field of the item at an index.
 */
export function useFocusAfterAdd(count: number, fieldId: (index: number) => string): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    document.getElementById(fieldId(count - 1))?.focus();
  }, [count, fieldId]);
  return () => {
    pending.current = true;
  };
}
