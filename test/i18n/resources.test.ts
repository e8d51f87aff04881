import { expect, test } from 'vitest';

import { LANGUAGES } from '@/domain/language';
import { en } from '@/i18n/en';

import { TRANSLATIONS as TEXTS } from '../i18n-instance';

/** Every leaf of a resource tree, as "a.b.c" → text. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree) as [string, unknown][]) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
    }
  }
  return leaves;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)]
    .map((match) => match[1] ?? '')
    .sort();
}

const ENGLISH = flatten(en);

/** The translations of English; the compiler checks they have its keys. */
const TRANSLATIONS = LANGUAGES.filter((language) => language !== 'en');

test.each(LANGUAGES)('%s has no empty text', (language) => {
  const empty = [...flatten(TEXTS[language])]
    .filter(([, text]) => text.trim() === '')
    .map(([key]) => key);
  expect(empty).toEqual([]);
});

test.each(TRANSLATIONS)(
  '%s uses the same placeholders as English in every text',
  (language) => {
    const leaves = flatten(TEXTS[language]);
    for (const [key, text] of ENGLISH) {
      expect({
        key,
        placeholders: placeholders(leaves.get(key) ?? ''),
      }).toEqual({ key, placeholders: placeholders(text) });
    }
  },
);

test('Vietnamese and Hindi are translated, not copied from English', () => {
  for (const language of TRANSLATIONS) {
    const leaves = flatten(TEXTS[language]);
    const copied = [...ENGLISH].filter(
      ([key, text]) => leaves.get(key) === text && /[a-z]{3}/.test(text),
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  }
});
