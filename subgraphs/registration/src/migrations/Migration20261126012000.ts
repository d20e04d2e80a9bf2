import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "consent_use" ("consent_id" varchar(64) not null, "used_at" timestamptz not null default now(), constraint "consent_use_pkey" primary key ("consent_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consent_use" cascade;`);
  }
}
