import { graphUrl } from './config';
import { token } from './session';

/**
 * Documents (receipts, invoices, gray cards) are served by the router under
 * /documents and need the bearer token, which a plain link cannot send: fetched
 * with it, then handed to the browser as a file.
 */
export async function downloadDocument(pathOnGraph: string, fileName: string): Promise<void> {
  const res = await fetch(new URL(pathOnGraph, graphUrl()), { headers: token.value ? { authorization: `Bearer ${token.value}` } : {} });
  if (!res.ok) throw new Error(`${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
