import { chromium } from 'playwright-core';
const [url] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
await page.addInitScript(() => {
  window.__marks = [];
  new MutationObserver((records) => {
    if (records.some((r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest?.('.vis-item') || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeType === 1 && (n.matches('.vis-item') || n.querySelector('.vis-item')))))
      window.__marks.push([Math.round(performance.now()), 'item change']);
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class'] });
  window.addEventListener('click', () => window.__marks.push([Math.round(performance.now()), 'CLICK']), { capture: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__marks.push([Math.round(e.startTime), `longtask ${Math.round(e.duration)}ms`]); }).observe({ type: 'longtask', buffered: true });
});
await page.goto(url);
await page.waitForSelector('.vis-item', { timeout: 60000 });
await page.waitForTimeout(3000);
const t = await page.evaluate(() => performance.now());
const cb = page.getByRole('group', { name: 'States' }).getByRole('checkbox', { name: /Azerbaijan/ });
await cb.click();
await page.waitForTimeout(2500);
const marks = await page.evaluate((t) => [...window.__marks, ...performance.getEntriesByType('resource').filter((e) => /api\//.test(e.name)).flatMap((e) => [[Math.round(e.startTime), 'start ' + e.name.slice(22, 60)], [Math.round(e.responseEnd), 'end ' + e.name.slice(22, 60)]])].filter((m) => m[0] >= t), t);
let last = '';
for (const m of marks.sort((a, b) => a[0] - b[0])) { const s = m.join(' '); if (m[1] === 'item change' && last === 'item change') continue; last = m[1]; console.log(s); }
await browser.close();
