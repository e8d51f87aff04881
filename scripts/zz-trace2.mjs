import { chromium } from 'playwright-core';
const [url] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.addInitScript(() => {
  window.__marks = [];
  const seen = new Set();
  new MutationObserver(() => {
    for (const sel of ['.tt-dashboard', '.tt-timeline-panel', '.tt-status', '.tt-timeline', '.vis-timeline', '.vis-item', '.tt-list', '.tt-cluster__count']) {
      if (!seen.has(sel) && document.querySelector(sel)) { seen.add(sel); window.__marks.push([Math.round(performance.now()), sel]); }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__marks.push([Math.round(e.startTime), `longtask ${Math.round(e.duration)}ms`]); }).observe({ type: 'longtask', buffered: true });
});
page.on('requestfinished', async (r) => { if (r.url().includes('/api/')) { const t = r.timing(); console.log('api', r.url().replace(/^http:\/\/[^/]+/, '').slice(0, 50), Math.round(t.startTime - 0), Math.round(t.responseEnd)); } });
await page.goto(url, { waitUntil: 'commit' });
await page.waitForSelector('.vis-item', { timeout: 60000 });
await page.waitForTimeout(1500);
const marks = await page.evaluate(() => [...window.__marks, ...performance.getEntriesByType('resource').filter((e) => /api|worker|mockService/.test(e.name)).flatMap((e) => [[Math.round(e.startTime), 'start ' + e.name.slice(22, 70)], [Math.round(e.responseEnd), 'end ' + e.name.slice(22, 70)]])]);
for (const m of marks.sort((a, b) => a[0] - b[0])) console.log(...m);
await browser.close();
