import type { TableModel } from '../domain/table';

/** A file name from a title: letters, digits and dashes only. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'export'}.${extension}`;
}

/** Saves a table as CSV. The writer (with PapaParse) loads on the first download, not with the page. */
export async function downloadTable(title: string, table: TableModel): Promise<void> {
  const { tableToCsv } = await import('../data/export/csv-export');
  downloadBlob(fileNameFor(title, 'csv'), new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
}

/** Saves a file from the page. Blob URLs keep it within the page's Content-Security-Policy. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A base64 data URL (as ECharts gives a PNG) as a Blob, without fetch (the CSP allows no data: fetch). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', body = ''] = dataUrl.split(',', 2);
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
