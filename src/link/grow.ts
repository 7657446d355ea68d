/** Growing the typed arrays that the corpus-wide indexes keep their numbers in. */
type Typed = Uint8Array | Int32Array | Uint32Array | Float64Array;

/** `a` itself when it holds `need` items, else a copy at least twice as long, the rest zero. */
export function grown<T extends Typed>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, need));
  b.set(a);
  return b;
}
