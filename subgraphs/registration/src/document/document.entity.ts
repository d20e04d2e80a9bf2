import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A supporting document (pièce justificative), uploaded over HTTP and referenced by a demand. */
@ObjectType('DemandDocument')
@Entity({ tableName: 'document' })
export class DemandDocumentFile {
  [OptionalProps]?: 'uploadedAt' | 'path';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'NATIONAL_ID, CUSTOMS_CERTIFICATE, SALE_DEED…' })
  @Property({ type: 'string', length: 40 })
  type!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  /** The party (or affiliate) that uploaded it: only they may attach it. */
  @Index()
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  demandId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();

  @Field(() => String, { description: 'Where to open it (GET on the router, with your credentials): the uploader and those who may see its demand.' })
  get path(): string {
    return `/documents/uploads/${this.id}`;
  }
}
