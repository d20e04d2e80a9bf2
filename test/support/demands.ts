import { DemandWorkflowDocument, RecordCounterPaymentDocument, SubmitDemandDocument, type SimvebClient } from '@simveb/clients/sdk';
import { SERVICES } from '../../subgraphs/registration/src/service/service.catalogue';
import { graph, until } from './graph';
import { as } from './sessions';

/** A minimal but real PDF: the upload endpoint checks the bytes, not the name. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Uploads a document through the router like a frontend (POST /documents). */
export async function upload(client: SimvebClient, type: string, bytes: Buffer = PDF): Promise<{ status: number; body: { id?: string; code?: string; error?: string } }> {
  const res = await fetch(new URL('/documents', graph().routerUrl), {
    method: 'POST',
    headers: { ...client.headers, 'content-type': 'application/octet-stream', 'x-document-type': type, 'x-file-name': `${type}.pdf` },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as { id?: string } };
}

export function requiredDocuments(serviceCode: string): string[] {
  return SERVICES.find((s) => s.code === serviceCode)!.requiredDocuments;
}

export interface Filed {
  id: string;
  reference: string;
  status: string;
  version: number;
}

/** Files a demand with its required documents (uploaded by the filer). */
export async function fileDemand(client: SimvebClient, input: { serviceCode: string; vehicleId?: string; applicantId?: string; consentToken?: string }): Promise<Filed> {
  const documentIds: string[] = [];
  for (const type of requiredDocuments(input.serviceCode)) {
    const up = await upload(client, type);
    if (up.status !== 201) throw new Error(`upload ${type}: ${JSON.stringify(up.body)}`);
    documentIds.push(up.body.id!);
  }
  const res = await client.request(SubmitDemandDocument, { input: { ...input, documentIds } });
  if (res.errors) throw new Error(`submitDemand: ${JSON.stringify(res.errors)}`);
  return res.data!.submitDemand;
}

export async function load(id: string, who: SimvebClient) {
  const res = await who.request(DemandWorkflowDocument, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.demand!;
}

/**
 * Pays a demand's order at the counter (as the agent) once billing has
 * created it from registration's event, and waits for the demand to be
 * assigned (or at least submitted) in return.
 */
export async function payAtCounter(demandId: string): Promise<Filed> {
  const agent = await as('agent');
  let orderId = '';
  await until(async () => {
    orderId = (await load(demandId, agent)).order?.id ?? '';
    return !!orderId;
  }, 10_000, 'billing to create the order');
  const paid = await agent.request(RecordCounterPaymentDocument, { orderId, receiptNumber: `R-${Date.now()}` });
  if (paid.errors) throw new Error(JSON.stringify(paid.errors));
  let d = await load(demandId, agent);
  await until(async () => {
    d = await load(demandId, agent);
    return d.status !== 'AWAITING_PAYMENT';
  }, 10_000, 'registration to see the payment');
  return d;
}

/** A demand of the demo citizen, paid and assigned to the demo agent: ready to be treated. */
export async function assignedDemand(serviceCode = 'GRAY_CARD_DUPLICATE', vehicleId?: string, who: 'citizen' | 'citizen2' = 'citizen'): Promise<Filed> {
  const filed = await fileDemand(await as(who), { serviceCode, vehicleId });
  return filed.status === 'AWAITING_PAYMENT' ? payAtCounter(filed.id) : filed;
}
