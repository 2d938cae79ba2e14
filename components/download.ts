/**
 * Saves text as a file through the browser's downloads, as any page offers one: no permission needed. The one
 * download of the pages: the backup, the CSV and calendar exports, the case file.
 */
export const downloadText = (name: string, text: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
