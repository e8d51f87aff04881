import { expect, test } from 'vitest';

import { renderFirstView } from '@/prerender';

import { createApi } from '../mocks/api/respond';
import { scenarioData } from '../mocks/data/scenario';

/** The first page of events, as the API serves it to the dashboard. */
function firstPageTitles(): string[] {
  const { body } = createApi(scenarioData(0))(
    'GET',
    'https://api.invalid/api/events?limit=100',
  );
  const page = JSON.parse(body) as { items: { title: string }[] };
  return page.items.map((event) => event.title);
}

test('the build prerenders the first view over the mock’s answers, with those answers', async () => {
  const { html, answers } = await renderFirstView();
  expect(html).toContain('Treaty Timeline');
  // The first page of events, in the table, as text (React escapes it).
  const escape = (text: string) =>
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#x27;');
  const titles = firstPageTitles();
  expect(titles).toHaveLength(100);
  for (const title of titles) expect(html).toContain(escape(title));
  // The timeline is drawn in the browser, in this element, left empty.
  expect(html).toMatch(/<div class="tt-timeline" role="group"[^>]*><\/div>/);
  expect(html).not.toContain('vis-timeline');
  expect(answers?.queries.map((query) => query.queryKey[0])).toEqual([
    'events',
    'events',
    'parties',
    'events',
  ]);
  expect(
    answers?.queries.every((query) => query.state.status === 'success'),
  ).toBe(true);
});
