/** Long enough for any browser to have started reading the file (FileSaver.js waits 40 s). */
const REVOKE_AFTER_MS = 40_000;

/** Saves text as a file through a temporary object URL and `<a download>`. */
export function downloadFile(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}
