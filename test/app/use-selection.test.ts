import { expect, test } from 'vitest';

import { eventIdOf } from '@/app/use-selection';

test.each([
  { pathname: '/', id: null },
  {
    pathname: '/events/quang-azerbaijan-2025-10-26',
    id: 'quang-azerbaijan-2025-10-26',
  },
  {
    pathname: '/events/quang-azerbaijan-2025-10-26/',
    id: 'quang-azerbaijan-2025-10-26',
  },
  { pathname: '/events/a%2Fb%3F%23', id: 'a/b?#' },
  { pathname: '/events/100%25', id: '100%' },
  { pathname: '/events/%E0%A4%B9', id: 'ह' },
  { pathname: '/events/%E0%A4', id: '%E0%A4' },
  { pathname: '/EVENTS/Quang', id: 'Quang' },
  { pathname: '/events/', id: null },
  { pathname: '/events/a/b', id: null },
  { pathname: '/eventsx/a', id: null },
])('the path $pathname opens the event $id', ({ pathname, id }) => {
  expect(eventIdOf(pathname)).toBe(id);
});
