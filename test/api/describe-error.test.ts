import { expect, test } from 'vitest';

import { ApiError } from '@/api/api-error';
import { describeError } from '@/api/describe-error';

import { englishT } from '../english';

import { i18nIn } from '../i18n-instance';

test.each([
  { error: new ApiError('network'), text: 'Could not reach the events API.' },
  {
    error: new ApiError('timeout', { timeoutSeconds: 10 }),
    text: 'The events API did not answer within 10 seconds.',
  },
  {
    error: new ApiError('http', {
      status: 500,
      statusLine: '500 Internal Server Error',
      detail: 'The index is rebuilding.',
    }),
    text: 'The events API answered 500 Internal Server Error: The index is rebuilding.',
  },
  {
    error: new ApiError('http', { status: 502, statusLine: '502' }),
    text: 'The events API answered 502.',
  },
  {
    error: new ApiError('not-json'),
    text: 'The events API sent a response that is not valid JSON.',
  },
  {
    error: new ApiError('contract', { detail: 'items.0.id: Required' }),
    text: 'The events API sent data that breaks its contract (items.0.id: Required).',
  },
  { error: new Error('Something else broke.'), text: 'Something else broke.' },
])('$error.message reads “$text”', ({ error, text }) => {
  expect(describeError(error, englishT)).toBe(text);
});

test('a failure is worded in the interface language; the server’s words stay as sent', () => {
  const error = new ApiError('http', {
    status: 500,
    statusLine: '500',
    detail: 'The index is rebuilding.',
  });
  expect(describeError(error, i18nIn('vi').t)).toBe(
    'API sự kiện trả về 500: The index is rebuilding.',
  );
  expect(describeError(new ApiError('network'), i18nIn('hi').t)).toBe(
    'घटनाओं के API तक नहीं पहुँचा जा सका।',
  );
});
