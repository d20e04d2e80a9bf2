import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hasRole, JUSTICE_ROLES, STAFF_ROLES } from '@simveb/platform/auth/actor';
import type { TokenVerifier } from '@simveb/platform/auth/verify-token';
import { verifyUrlFor } from '@simveb/platform/documents/pdf-qr';
import { pdfRoute } from '@simveb/platform/documents/pdf-route';
import { Encumbrance, EncumbranceKind } from '../encumbrance/encumbrance.entity';
import type { PartyDirectory } from '../integrations/party-directory';
import type { VehicleRegistry } from '../integrations/vehicle-registry';
import { Registration } from '../registration/registration.entity';
import { GrayCard } from './gray-card.entity';
import { renderGrayCard } from './gray-card.pdf';
import { signCode } from '@simveb/platform/documents/verification-code';

export interface GrayCardDeps {
  verify: TokenVerifier;
  vehicles: VehicleRegistry;
  parties: PartyDirectory;
  signingSecret: string;
  publicVerifyUrl: string;
}

/**
 * GET /documents/gray-cards/:id.pdf — the card as PDF, for its holder and
 * ANaTT staff; anyone else gets 404 (whether it exists is not theirs to know).
 */
export function grayCardRoutes(app: Express, orm: MikroORM, deps: GrayCardDeps): void {
  pdfRoute(
    app,
    '/documents/gray-cards',
    deps.verify,
    async (id, actor) => {
      const card = await orm.em.fork().findOne(GrayCard, id);
      return card && (actor.partyId === card.holderId || hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES)) ? card : null;
    },
    async (card, actor) => {
      const em = orm.em.fork();
      const auth = actor.token ? `Bearer ${actor.token}` : null;
      const [vehicle, holderName, registration, pledges] = await Promise.all([
        deps.vehicles.describe(card.vehicleId, auth),
        deps.parties.displayName(card.holderId, auth),
        em.findOne(Registration, { vehicleId: card.vehicleId }, { orderBy: { registeredAt: 'asc' } }),
        em.find(Encumbrance, { vehicleId: card.vehicleId, kind: EncumbranceKind.PLEDGE, liftedAt: null }),
      ]);
      const code = signCode(deps.signingSecret, 'GC', card.id);
      const pdf = await renderGrayCard({
        card,
        vehicle,
        holderName: holderName ?? '—',
        firstRegistration: registration?.registeredAt ?? null,
        pledges: pledges.map((p) => `${p.reference} (${p.since.toISOString().slice(0, 10)})`),
        verificationCode: code,
        verifyUrl: verifyUrlFor(deps.publicVerifyUrl, code),
      });
      return { pdf, fileName: `carte-grise-${card.number}.pdf` };
    },
  );
}
