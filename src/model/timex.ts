/**
 * TimeML TIMEX3 vocabulary: the types, values and modifiers a time mention carries.
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * A TIMEX3 value: `2025-03-16`, `2025-03-15T19:25-04:00`, `2025-03`, `2025-W12`,
 * `2025-03-15TNI`, `P14D`, `PRESENT_REF`, `XXXX-XX-XX`… Branded so a plain string
 * cannot be passed where a resolved value is meant.
 */
export type TimexValue = string & { readonly __brand: 'TimexValue' };

/** Marks a string as a TIMEX3 value; the caller vouches for its form. */
export function timexValue(value: string): TimexValue {
  return value as TimexValue;
}

export type TimexMod =
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER'
  | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'
  | 'START' | 'MID' | 'END' | 'APPROX';
