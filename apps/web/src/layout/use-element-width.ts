import { useCallback, useState } from 'react';

/** The width of an element in CSS pixels as it changes (ResizeObserver); undefined until it is laid out. */
export function useElementWidth<T extends Element>(): [(element: T | null) => void, number | undefined] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry ? Math.floor(entry.contentRect.width) : undefined));
    observer.observe(element);
    setWidth(Math.floor(element.getBoundingClientRect().width));
    // React 19 calls a ref callback's cleanup when the element goes.
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
