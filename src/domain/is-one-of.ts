/**
 * Whether `value` is one of `values`, compared with `===`: the type guard of a
 * fixed list (`isOneOf(LANGUAGES, 'vi')` makes a string a `Language`).
 */
export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return values.some((member) => member === value);
}
