import { useEffect, useState } from 'react';

/** The value once it stopped changing for a moment: result counts are announced when typing pauses. */
export function useSettled<T>(value: T, delayMs = 600): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
