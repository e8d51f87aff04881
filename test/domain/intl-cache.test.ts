import { expect, test } from 'vitest';

import {
  dateTimeFormat,
  displayNames,
  numberFormat,
  zoneClock,
} from '@/domain/intl-cache';

test('a date format is built once for the same locale and options', () => {
  const format = dateTimeFormat('en-GB', { dateStyle: 'medium' });
  expect(dateTimeFormat('en-GB', { dateStyle: 'medium' })).toBe(format);
  expect(format).toBeInstanceOf(Intl.DateTimeFormat);
  expect(format.resolvedOptions().locale).toBe('en-GB');
});

test('another locale or other options make another date format', () => {
  const format = dateTimeFormat('en-GB', { dateStyle: 'medium' });
  expect(dateTimeFormat('vi-VN', { dateStyle: 'medium' })).not.toBe(format);
  expect(dateTimeFormat('en-GB', { dateStyle: 'long' })).not.toBe(format);
  expect(
    dateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Baku' }),
  ).not.toBe(format);
});

test('a number format is built once for the same locale and options', () => {
  const format = numberFormat('hi-IN', { notation: 'compact' });
  expect(numberFormat('hi-IN', { notation: 'compact' })).toBe(format);
  expect(numberFormat('hi-IN', {})).not.toBe(format);
  expect(numberFormat('en-GB', { notation: 'compact' })).not.toBe(format);
  expect(format.format(12_345)).toBe(
    new Intl.NumberFormat('hi-IN', { notation: 'compact' }).format(12_345),
  );
});

test('display names are built once for the same locale and options', () => {
  const regions = displayNames('en', { type: 'region' });
  expect(displayNames('en', { type: 'region' })).toBe(regions);
  expect(displayNames('en', { type: 'language' })).not.toBe(regions);
  expect(displayNames('vi', { type: 'region' })).not.toBe(regions);
  expect(regions.of('AZ')).toBe('Azerbaijan');
});

test('a zone clock is built once per zone', () => {
  const baku = zoneClock('Asia/Baku');
  expect(zoneClock('Asia/Baku')).toBe(baku);
  expect(zoneClock('Asia/Ho_Chi_Minh')).not.toBe(baku);
  expect(baku.resolvedOptions().timeZone).toBe('Asia/Baku');
});

test('a build that throws is not kept: the next call throws again', () => {
  expect(() => zoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
  expect(() => zoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
  expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(
    RangeError,
  );
});
