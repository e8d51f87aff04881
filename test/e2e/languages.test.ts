import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPage, RESULTS_DIR, startHarness, harnessForFile } from './harness';

const harness = await harnessForFile(startHarness);

test('switching to Tiếng Việt translates the page, sets <html lang> and the URL, and survives reload', async () => {
  const { page, context, problems } = await openPage(harness, {
    locale: 'en-US',
  });
  // Each language's texts are a chunk of their own, fetched when chosen.
  const languageChunks: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/assets\/(vi|hi)-[\w-]+\.js$/.exec(request.url());
    if (chunk?.[1]) languageChunks.push(chunk[1]);
  });
  await page.goto(`${harness.baseUrl}/?party=AZ`);
  await page.getByRole('table', { name: /events in time order/i }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(languageChunks, []);

  await page
    .getByRole('combobox', { name: 'Language' })
    .selectOption({ label: 'Tiếng Việt' });

  const table = page.getByRole('table', {
    name: /Các sự kiện theo thứ tự thời gian/,
  });
  await table.waitFor();
  await page.getByRole('search', { name: 'Lọc sự kiện' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.match(page.url(), /[?&]lang=vi(&|$)/);
  assert.match(page.url(), /[?&]party=AZ(&|$)/);
  assert.deepEqual(languageChunks, ['vi']);
  await page.screenshot({
    path: `${RESULTS_DIR}/vietnamese.png`,
    fullPage: true,
  });

  await page.reload();
  await table.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.equal(
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).inputValue(),
    'vi',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser that prefers Hindi opens in Hindi, without lang in the URL', async () => {
  const { page, context, problems } = await openPage(harness, {
    locale: 'hi-IN',
  });
  await page.goto(`${harness.baseUrl}/`);
  await page.getByRole('table', { name: /समय क्रम में घटनाएँ/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'hi');
  assert.doesNotMatch(page.url(), /lang=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('states are named in the reader’s language, in the country filter and on the map', async () => {
  for (const { lang, states, map, northKorea, azerbaijan } of [
    {
      lang: 'vi',
      states: 'Quốc gia',
      map: 'Bản đồ thế giới các quốc gia có sự kiện',
      northKorea: /Triều Tiên/,
      azerbaijan: /^Azerbaijan: \d+ sự kiện$/,
    },
    {
      lang: 'hi',
      states: 'देश',
      map: 'घटनाओं वाले देशों का विश्व मानचित्र',
      northKorea: /उत्तर कोरिया/,
      azerbaijan: /^अज़रबैजान: \d+ घटनाएँ$/,
    },
  ]) {
    const { page, context, problems } = await openPage(harness);
    await page.goto(`${harness.baseUrl}/?lang=${lang}`);
    const filter = page.getByRole('group', { name: states, exact: true });
    await filter.getByRole('checkbox', { name: northKorea }).waitFor();
    const onTheMap = page
      .getByRole('group', { name: map })
      .getByRole('button', { name: azerbaijan });
    await onTheMap.waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, [], lang);
    await context.close();
  }
});
