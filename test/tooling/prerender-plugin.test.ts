import { expect, test } from 'vitest';

import { FIRST_ANSWERS_ID } from '@/config/first-answers';

import { scriptSafeJson, withFirstView } from '../../scripts/prerender-plugin';

const PAGE =
  '<html><head></head><body><div id="root"></div><script type="module" src="/a.js"></script></body></html>';

test('the first view goes into #root, its answers into a JSON script after it', () => {
  const page = withFirstView(
    PAGE,
    '<main>Events</main>',
    { queries: [] },
    '/assets/before-paint-1.js',
  );
  expect(page).toContain('<div id="root"><main>Events</main></div>');
  expect(page).toContain(
    `<script type="application/json" id="${FIRST_ANSWERS_ID}">{"queries":[]}</script>`,
  );
});

test('the before-paint script is in the head, before anything is drawn', () => {
  const page = withFirstView(PAGE, '', null, '/assets/before-paint-1.js');
  expect(page).toContain(
    '<head><script src="/assets/before-paint-1.js"></script></head><body>',
  );
});

test('the before-paint script is asked for before the files the head names, after its policy', () => {
  // The built index.html's head, in its order.
  const head =
    '<html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><meta charset="UTF-8" />' +
    '<link rel="icon" href="/favicon.svg" /><title>T</title>' +
    '<script type="module" src="/a.js"></script><link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="/b.js">' +
    '</head><body><div id="root"></div></body></html>';
  const page = withFirstView(head, '', null, '/assets/before-paint-1.js');
  expect(page).toContain(
    '<meta charset="UTF-8" /><script src="/assets/before-paint-1.js"></script><link rel="icon"',
  );
  expect(page.match(/before-paint/g)).toHaveLength(1);
});

test('a shell without answers has no answers script', () => {
  expect(withFirstView(PAGE, '<main></main>', null, '/t.js')).not.toContain(
    FIRST_ANSWERS_ID,
  );
});

test('an index.html without #root fails the build', () => {
  expect(() => withFirstView('<body></body>', '', null, '/t.js')).toThrow(
    /id="root"/,
  );
});

test("text with $' or $& goes in as it is, not as a replacement pattern", () => {
  const page = withFirstView(
    PAGE,
    "<p>Costs $' and $&</p>",
    { title: "$'" },
    '/t.js',
  );
  expect(page).toContain('<div id="root"><p>Costs $\' and $&</p></div>');
  expect(page).toContain('{"title":"$\'"}</script>');
});

test('a title from the API cannot close the answers script', () => {
  const hostile = { title: '</script><script>alert(1)</script>\u2028' };
  const json = scriptSafeJson(hostile);
  expect(json).not.toMatch(/<|\u2028/);
  expect(JSON.parse(json)).toEqual(hostile);
});
