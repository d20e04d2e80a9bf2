import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TokenVerifier } from '@simveb/platform/auth/verify-token';
import { renderFactsDocument } from '@simveb/platform/documents/facts-pdf';
import { verifyUrlFor } from '@simveb/platform/documents/pdf-qr';
import { signCode } from '@simveb/platform/documents/verification-code';
import { pdfRoute } from '@simveb/platform/documents/pdf-route';
import type { PartyDirectory } from '../integrations/party-directory';
import type { VehicleRegistry } from '../integrations/vehicle-registry';
import { CODE_KIND, IssuedDocument, IssuedDocumentKind } from './issued-document.entity';
import { statusOf } from './issued-document.resolver';
import { maySeeDocument } from './issued-document.service';

export interface IssuedDocumentDeps {
  verify: TokenVerifier;
  vehicles: VehicleRegistry;
  parties: PartyDirectory;
  signingSecret: string;
  publicVerifyUrl: string;
}

const TITLES: Record<IssuedDocumentKind, string> = {
  ADMINISTRATIVE_CERTIFICATE: 'CERTIFICAT DE SITUATION ADMINISTRATIVE',
  SALE_DECLARATION: 'DÉCLARATION DE VENTE',
  TINTED_WINDOW_AUTHORIZATION: 'AUTORISATION DE VITRES TEINTÉES',
  GLASS_ENGRAVING_CERTIFICATE: 'ATTESTATION DE GRAVAGE DES VITRES',
};
const ENCUMBRANCES: Record<string, string> = { PLEDGE: 'Gage', OPPOSITION: 'Opposition', TITLE_DEPOSIT: 'Dépôt de titre' };
const STATUS_FR: Record<string, string> = { VALID: 'En vigueur', USED: 'Utilisée (mutation faite)', EXPIRED: 'Expirée', SUPERSEDED: 'Remplacée' };
const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** GET /documents/issued/:id.pdf — for the parties it names and staff; 404 for anyone else. */
export function issuedDocumentRoutes(app: Express, orm: MikroORM, deps: IssuedDocumentDeps): void {
  pdfRoute(
    app,
    '/documents/issued',
    deps.verify,
    async (id, actor) => {
      const doc = await orm.em.fork().findOne(IssuedDocument, id);
      return doc && maySeeDocument(actor, doc) ? doc : null;
    },
    async (doc, actor) => {
      const auth = actor.token ? `Bearer ${actor.token}` : null;
      const [vehicle, holder, buyer] = await Promise.all([
        deps.vehicles.describe(doc.vehicleId, auth),
        deps.parties.displayName(doc.holderId, auth).catch(() => null),
        doc.counterpartyId ? deps.parties.displayName(doc.counterpartyId, auth).catch(() => null) : null,
      ]);
      const rows: [string, string][] = [
        ["N° d'immatriculation", doc.plateNumber || '—'],
        ['Véhicule', vehicle ? `${vehicle.brand} ${vehicle.model} (${vehicle.vin})` : '—'],
        [doc.kind === IssuedDocumentKind.SALE_DECLARATION ? 'Vendeur' : 'Titulaire', holder ?? '—'],
      ];
      let statement: string | undefined;
      if (doc.kind === IssuedDocumentKind.ADMINISTRATIVE_CERTIFICATE) {
        const list = (doc.facts.encumbrances as { kind: string; reference: string; since: string }[]) ?? [];
        statement = list.length
          ? `Le véhicule fait l'objet, à la date du ${day(doc.issuedAt)}, de : ${list.map((e) => `${ENCUMBRANCES[e.kind] ?? e.kind} ${e.reference} (depuis le ${day(e.since)})`).join('; ')}.`
          : `À la date du ${day(doc.issuedAt)}, le véhicule ne fait l'objet d'aucun gage ni d'aucune opposition.`;
      } else if (doc.kind === IssuedDocumentKind.SALE_DECLARATION) {
        rows.push(['Acquéreur', buyer ?? '—']);
        statement = 'Le vendeur déclare avoir cédé le véhicule ci-dessus à l’acquéreur. La mutation se fait sur présentation de cette déclaration.';
      } else if (doc.kind === IssuedDocumentKind.TINTED_WINDOW_AUTHORIZATION) {
        rows.push(['Valable jusqu’au', doc.validUntil ? day(doc.validUntil) : '—']);
      } else {
        rows.push(['Marquage gravé', String(doc.facts.engraving ?? '—')]);
      }
      rows.push(['Statut', STATUS_FR[statusOf(doc)] ?? statusOf(doc)]);
      const code = signCode(deps.signingSecret, CODE_KIND[doc.kind], doc.id);
      const pdf = await renderFactsDocument({
        title: TITLES[doc.kind],
        number: doc.number,
        issuedAt: doc.issuedAt,
        rows,
        statement,
        verificationCode: code,
        verifyUrl: verifyUrlFor(deps.publicVerifyUrl, code),
      });
      return { pdf, fileName: `${doc.number}.pdf` };
    },
  );
}
