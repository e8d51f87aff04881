/**
 * Every Intl object the app keeps, each built once for its arguments:
 * building one costs far more than using it, and a table of 500 dates would
 * build 500. Intl objects never change once built, so one can serve all.
 */

/**
 * `build`, remembered by `keyOf` its arguments: calls whose arguments have
 * the same key share the object the first of them built. A build that throws
 * (an unknown time zone, a malformed locale) leaves nothing behind.
 */
function keyedCache<Args extends unknown[], T>(
  build: (...args: Args) => T,
  keyOf: (...args: Args) => string = (...args) => JSON.stringify(args),
): (...args: Args) => T {
  const built = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let value = built.get(key);
    if (value === undefined) {
      value = build(...args);
      built.set(key, value);
    }
    return value;
  };
}

export const dateTimeFormat = keyedCache(
  (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, options),
);

export const collator = keyedCache(
  (locale: string) => new Intl.Collator(locale),
);

export const numberFormat = keyedCache(
  (locale: string, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, options),
);

export const listFormat = keyedCache(
  (locale: string, options: Intl.ListFormatOptions) =>
    new Intl.ListFormat(locale, options),
);

export const displayNames = keyedCache(
  (locale: string, options: Intl.DisplayNamesOptions) =>
    new Intl.DisplayNames(locale, options),
);

/**
 * A zone's wall clock to the second, in parts that read as numbers: what its
 * offset from UTC is worked out from. Keyed by the zone alone: offsets are
 * looked up in loops (the mock's index, iCalendar's VTIMEZONE), where a key
 * made from the options would add about a quarter to each lookup.
 */
export const zoneClock = keyedCache(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  (timeZone) => timeZone,
);
