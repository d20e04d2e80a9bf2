import type { Client } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { FileDemandDocument, type SubmitDemandInput } from '@simveb/clients/sdk/generated/graphql';
import { messageOf } from '../shared/errors';
import { uploadDocument } from '../shared/upload';

export type Filing = { demandId: string } | { missing: string[] } | { error: string; upload?: boolean };

/**
 * Uploads each document the service asks for, then files the demand with
 * them. Nothing is sent while a document is missing; an upload the graph
 * refuses (type, size) or a filing it refuses comes back in its own words.
 */
export async function fileWithDocuments(client: Client, input: Omit<SubmitDemandInput, 'documentIds'>, documents: string[], files: Record<string, File | null | undefined>): Promise<Filing> {
  const missing = documents.filter((d) => !files[d]);
  if (missing.length) return { missing };
  const documentIds: string[] = [];
  try {
    for (const d of documents) documentIds.push(await uploadDocument(files[d]!, d));
  } catch (err) {
    return { error: (err as Error).message, upload: true };
  }
  const res = await client.mutation(FileDemandDocument, { input: { ...input, documentIds } }).toPromise();
  if (res.error || !res.data) return { error: messageOf(res.error as CombinedError) ?? '' };
  return { demandId: res.data.submitDemand.id };
}

/** What to tell the person when a filing did not go through. */
export function filingProblem(t: (key: string, values?: Record<string, unknown>) => string, filing: Exclude<Filing, { demandId: string }>): string {
  if ('missing' in filing) return t('filing.missing', { documents: filing.missing.map((d) => t(`documentType.${d}`)).join(', ') });
  return filing.upload ? t('filing.uploadFailed', { reason: filing.error }) : filing.error;
}
