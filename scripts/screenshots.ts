// Writes the screenshots in docs/: the Hanoi signing week with one meeting
// open, in each theme; the first view at a phone's, a tablet's, a laptop's
// and a wide screen's width, light and dark; and the world map of the
// parties with the treaty's progress below it. Run `npm run screenshots` (it
// builds first); the browser and server are the browser tests' own
// (test/e2e/harness.ts).
import { openThemedPage, startHarness, type Theme } from '../test/e2e/harness';

const VIEWPORT = { width: 1280, height: 800 };
/** The meeting open, in the Hanoi signing week's window. */
const OPEN_EVENT =
  '/events/quang-azerbaijan-2025-10-26?window=2025-10-24T12:00Z/2025-10-28T12:00Z';

/** The high-contrast shot shows its dark side, the light one being close to Light. */
const SHOTS: readonly {
  theme: Theme;
  colorScheme: 'light' | 'dark';
  file: string;
}[] = [
  { theme: 'light', colorScheme: 'light', file: 'docs/screenshot-light.png' },
  { theme: 'dark', colorScheme: 'dark', file: 'docs/screenshot-dark.png' },
  {
    theme: 'contrast',
    colorScheme: 'dark',
    file: 'docs/screenshot-contrast.png',
  },
];

const MAP_FILE = 'docs/screenshot-map.png';

/** The first view on each kind of screen, as a reader meets it. */
const SCREENS = [
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const harness = await startHarness();
try {
  for (const shot of SHOTS) {
    const { page, context, problems } = await openThemedPage(
      harness,
      shot.theme,
      { viewport: VIEWPORT, colorScheme: shot.colorScheme },
    );
    await page.goto(`${harness.baseUrl}${OPEN_EVENT}`);
    await page.locator('#detail-title').waitFor();
    await page.locator('.vis-item .tt-item__label').first().waitFor();
    // The pointer's hover and the opened event's focus ring are not part of
    // the picture.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(1_000);
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
      }
    });
    await page.screenshot({ path: shot.file });
    await context.close();
    if (problems.length > 0) {
      throw new Error(`${shot.file}:\n${problems.join('\n')}`);
    }
    console.log(`wrote ${shot.file}`);
  }

  for (const screen of SCREENS) {
    for (const scheme of SCHEMES) {
      const file = `docs/screenshot-${String(screen.width)}-${scheme}.png`;
      const { page, context, problems } = await openThemedPage(
        harness,
        scheme,
        {
          viewport: { width: screen.width, height: screen.height },
          colorScheme: scheme,
          isMobile: screen.touch,
          hasTouch: screen.touch,
        },
      );
      await page.goto(`${harness.baseUrl}/`);
      await page.locator('.vis-item .tt-item__label').first().waitFor();
      await page.mouse.move(0, 0);
      await page.waitForTimeout(1_000);
      await page.screenshot({ path: file });
      await context.close();
      if (problems.length > 0) {
        throw new Error(`${file}:\n${problems.join('\n')}`);
      }
      console.log(`wrote ${file}`);
    }
  }

  const { page, context, problems } = await openThemedPage(harness, 'light', {
    viewport: VIEWPORT,
  });
  await page.goto(`${harness.baseUrl}/`);
  await page
    .getByRole('group', { name: 'World map of the states with events' })
    .waitFor();
  await page
    .getByRole('img', { name: /signatories and ratification steps over time/ })
    .waitFor();
  await page.locator('.tt-dashboard__more').screenshot({ path: MAP_FILE });
  await context.close();
  if (problems.length > 0) {
    throw new Error(`${MAP_FILE}:\n${problems.join('\n')}`);
  }
  console.log(`wrote ${MAP_FILE}`);
} finally {
  await harness.close();
}
