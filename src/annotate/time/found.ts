/** What a time recognizer that reads its own pattern proposes: where, the TIMEX3 value, and which rule found it. */
export interface TimeFound { readonly start: number; readonly end: number; readonly value: string; readonly via: string }
