import { graphUrl } from './config';
import { token } from './session';

/**
 * A supporting document goes to the router's POST /documents as the raw
 * file, its type and name in headers; the answer's id is passed to
 * submitDemand. The graph says in plain words what it refused (type, size).
 */
export async function uploadDocument(file: File, type: string): Promise<string> {
  const res = await fetch(new URL('/documents', graphUrl()), {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-document-type': type,
      // Header values are ASCII: other letters of the name become '_'.
      'x-file-name': file.name.replace(/[^\x20-\x7e]/g, '_').slice(0, 200),
      ...(token.value && { authorization: `Bearer ${token.value}` }),
    },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as { id?: string; errors?: { message: string }[] };
  if (!res.ok || !body.id) throw new Error(body.errors?.[0]?.message ?? `${res.status}`);
  return body.id;
}
