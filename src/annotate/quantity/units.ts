/**
 * The unit vocabulary of quantities (lexicon quantity-units, documented in the
 * README's "Units"): the unit written after a number ("14 per cent", "120 km/h",
 * "41C") as its code ("%", "km/h", "°C"), and a rate after an amount ("per hour",
 * "a year") as a "/h", "/yr" suffix.
 */
import { fromLexicons, lexicon } from '../../lexicon/index.js';

export interface UnitLexicon {
  /** Currency symbols before a number ("$", "€", "US$") → ISO 4217 code. */
  readonly symbols: Readonly<Record<string, string>>;
  /** ISO 4217 codes that may stand before a number ("USD 40"). */
  readonly codes: readonly string[];
  /** Scale words and glued abbreviations ("billion", "bn", "m") → factor. */
  readonly scales: Readonly<Record<string, number>>;
  /** Glued scales read as a scale only after a currency ("$3m"; "3m" is three metres). */
  readonly currencyOnlyScales: readonly string[];
  /** Unit words and symbols written after a number → unit code. */
  readonly units: Readonly<Record<string, string>>;
  /** Unit symbols glued to a number ("41C", "30m") → unit code. */
  readonly glued: Readonly<Record<string, string>>;
  /** Rate phrases after an amount ("per hour", "a year") → period code. */
  readonly rates: Readonly<Record<string, string>>;
}

interface Compiled {
  readonly unit: RegExp;
  readonly rate: RegExp;
  readonly units: ReadonlyMap<string, string>;
  readonly rates: ReadonlyMap<string, string>;
  /** Every unit or scale that may be glued to a number, as a regex source, longest first. */
  readonly gluedSource: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');

function compile(): Compiled {
  const lex = lexicon<UnitLexicon>('quantity-units');
  const units = new Map(Object.entries(lex.units).map(([k, v]) => [k.toLowerCase(), v]));
  const rates = new Map(Object.entries(lex.rates).map(([k, v]) => [k.toLowerCase(), v]));
  const gluable = [...Object.keys(lex.scales).filter((s) => !/^(?:thousand|hundred|million|billion|trillion)$/.test(s)),
    ...Object.keys(lex.glued), ...Object.keys(lex.units).filter((u) => /^\p{L}\S*$/u.test(u) && u.length <= 5)];
  return {
    unit: new RegExp(`^[ \\t]?(${longestFirst(Object.keys(lex.units))})(?![\\p{L}\\d])`, 'iu'),
    // "a week later", "a year earlier" tell when, not how often.
    rate: new RegExp(`^[ \\t]?(${longestFirst(Object.keys(lex.rates))})(?![\\p{L}\\d])(?!\\s+(?:later|earlier|ago|before|after)\\b)`, 'iu'),
    units,
    rates,
    gluedSource: longestFirst(new Set(gluable)),
  };
}

const compiled = (): Compiled => fromLexicons('quantity-units-compiled', compile);

/** The regex source of what may be glued to a number: scales ("bn") and unit symbols ("C", "km"). */
export function gluedSource(): string {
  return compiled().gluedSource;
}

/** The unit code of a unit glued to a number ("C" in "41C"), or null when it is a scale or unknown. */
export function gluedUnit(word: string): string | null {
  const lex = lexicon<UnitLexicon>('quantity-units');
  return lex.glued[word] ?? compiled().units.get(word.toLowerCase()) ?? null;
}

/** The unit written right after `at` ("14 per cent" → "%"), with where it ends; null if none. */
export function unitAfter(text: string, at: number): { unit: string; end: number } | null {
  const m = compiled().unit.exec(text.slice(at, at + 40));
  return m ? { unit: compiled().units.get(m[1]!.toLowerCase())!, end: at + m[0].length } : null;
}

/** The rate written right after `at` ("per hour" → "h"), with where it ends; null if none. */
export function rateAfter(text: string, at: number): { period: string; end: number } | null {
  const m = compiled().rate.exec(text.slice(at, at + 20));
  return m ? { period: compiled().rates.get(m[1]!.toLowerCase())!, end: at + m[0].length } : null;
}
