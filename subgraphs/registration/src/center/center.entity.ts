import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Centre de gestion: one per department; treats the demands of applicants living there. */
@ObjectType('ManagementCenter')
@Entity({ tableName: 'management_center' })
export class ManagementCenter {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 60 })
  department!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  town!: string;
}

/** What a person does on a centre's roster: agents are given demands automatically; service heads decide, and are never auto-assigned. */
export enum CenterRole {
  AGENT = 'AGENT',
  SERVICE_HEAD = 'SERVICE_HEAD',
}
registerEnumType(CenterRole, { name: 'CenterRole', description: 'AGENT: treats demands (automatic assignment); SERVICE_HEAD: heads the centre.' });

/** The agents (and service heads) working in a centre: whom demands are assigned to. */
@Entity({ tableName: 'center_agent' })
@Unique({ properties: ['centerId', 'agentId'] })
export class CenterAgent {
  [OptionalProps]?: 'active' | 'since' | 'role';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Index()
  @Property({ type: 'uuid' })
  centerId!: string;

  /** The agent's person id (the `pty` of their token). */
  @Index()
  @Property({ type: 'uuid' })
  agentId!: string;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Enum({ items: () => CenterRole, default: CenterRole.AGENT })
  role: CenterRole = CenterRole.AGENT;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  since: Date = new Date();
}
