import type { EntityManager } from '@mikro-orm/postgresql';
import type { DEMAND_STATUS_TOPIC } from '@simveb/platform/contracts/events';
import type { ContractEvent } from '@simveb/platform/events/feed-consumer';
import type { Messenger } from '@simveb/platform/messaging/messenger';
import { Account } from '../account/account.entity';
import { Person } from '../person/person.entity';

/** What a citizen is told, in French, when their demand moves. Other steps are internal. */
const TEMPLATES: Record<string, (ref: string) => string> = {
  AWAITING_PAYMENT: (r) => `SIMVEB : votre demande ${r} est enregistrée. Elle sera traitée dès réception du paiement.`,
  SUBMITTED: (r) => `SIMVEB : paiement reçu, votre demande ${r} est transmise au centre de gestion.`,
  VALIDATED: (r) => `SIMVEB : bonne nouvelle, votre demande ${r} est validée.`,
  REJECTED: (r) => `SIMVEB : votre demande ${r} a été rejetée. Consultez le motif dans votre espace.`,
  SUSPENDED: (r) => `SIMVEB : votre demande ${r} est suspendue. Consultez le motif dans votre espace.`,
  PRINT_ORDERED: (r) => `SIMVEB : les documents de votre demande ${r} sont en impression. Le code à donner à l'imprimeur est dans votre espace.`,
  PRINT_VALIDATED: (r) => `SIMVEB : les documents de votre demande ${r} sont prêts à être retirés.`,
  CLOSED: (r) => `SIMVEB : votre demande ${r} est clôturée. Merci.`,
  CANCELLED: (r) => `SIMVEB : votre demande ${r} est annulée.`,
};

export const NOTIFIED_STATUSES = new Set(Object.keys(TEMPLATES));

/**
 * Identity holds the contact details, so it sends the notifications, from
 * registration's event feed: an SMS, and an e-mail when the person gave an
 * address. The event id (per channel) is the gateway's idempotency key: a
 * message sent again after a crash is delivered once.
 */
export function demandNotifier(messenger: Messenger) {
  return async (em: EntityManager, event: ContractEvent<typeof DEMAND_STATUS_TOPIC>): Promise<void> => {
    const p = event.payload;
    const text = TEMPLATES[p.status];
    if (!text || p.previousStatus === p.status) return;
    const person = await em.findOne(Person, p.applicantId);
    if (!person) return; // companies: notified through their affiliate space, not by SMS
    const account = await em.findOne(Account, { personId: person.id });
    const phone = account?.phone ?? person.phone;
    const email = account?.email ?? person.email;
    if (phone) await messenger.send({ channel: 'sms', to: phone, body: text(p.reference), idempotencyKey: `demand.status:${event.eventId}` });
    if (email) {
      await messenger.send({ channel: 'email', to: email, subject: `SIMVEB — demande ${p.reference}`, body: text(p.reference), idempotencyKey: `demand.status:${event.eventId}:email` });
    }
  };
}
