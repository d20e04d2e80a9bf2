import { Entity, Index, OptionalProps, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';

/** Append-only record of security-relevant actions: grants, invitations, keys, rotations. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
export class AuditEntry {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid', nullable: true })
  actorAccountId?: string | null;

  @Property({ type: 'string', length: 60 })
  action!: string;

  @Property({ type: 'string', length: 100 })
  subject!: string;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}

/** Appends an audit entry to the unit of work (written with the change it describes). */
export function audit(em: EntityManager, actorAccountId: string | null, action: string, subject: string, detail: Record<string, unknown> = {}): void {
  em.create(AuditEntry, { actorAccountId, action, subject, detail });
}
