import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from 'vitest';

import { EVENT_TYPES } from '@/domain/event';

const read = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8');

const timelineCss = read('src/features/timeline/timeline.css');
const themesCss = read('src/app/themes.css');

/** The declarations of a rule whose selector is exactly `selector`. */
function block(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) return '';
  return css.slice(at, css.indexOf('}', at));
}

test.each(EVENT_TYPES)('the %s lane has a colour in every theme', (type) => {
  expect(block(timelineCss, `.tt-type-${type}`)).toContain(
    `--lane: var(--lane-${type});`,
  );
  for (const theme of [':root', ":root[data-theme='contrast']"]) {
    expect(block(themesCss, theme), theme).toMatch(
      new RegExp(`--lane-${type}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`),
    );
  }
});
