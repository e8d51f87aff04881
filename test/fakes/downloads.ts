/**
 * Catches the files the app saves through an object URL and `<a download>`
 * (jsdom does not save files, nor navigate on a click). Undone when the test
 * that called it ends.
 */
import { onTestFinished, vi } from 'vitest';

export type CaughtDownload = { name: string; blob: Blob };

export function catchDownloads(): CaughtDownload[] {
  const blobs = new Map<string, Blob>();
  const downloads: CaughtDownload[] = [];
  const saved = (['createObjectURL', 'revokeObjectURL'] as const).map(
    (key) => ({ key, descriptor: Object.getOwnPropertyDescriptor(URL, key) }),
  );
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:fake/${String(blobs.size)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    blobs.delete(url);
  };
  const click = vi
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) downloads.push({ name: this.download, blob });
    });
  onTestFinished(() => {
    for (const { key, descriptor } of saved) {
      if (descriptor) Object.defineProperty(URL, key, descriptor);
      else Reflect.deleteProperty(URL, key);
    }
    click.mockRestore();
  });
  return downloads;
}
