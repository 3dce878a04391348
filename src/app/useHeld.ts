import { useState } from 'react';

/** The value, except while `hold` is true: then the last value seen while not holding. */
export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  // Adjusting state while rendering (React's pattern for values derived from earlier renders).
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}
