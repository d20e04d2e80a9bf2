import { Migration } from '@mikro-orm/migrations';

export class Migration20261121112924 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "encumbrance" ("id" uuid not null, "vehicle_id" uuid not null, "kind" text check ("kind" in ('PLEDGE', 'OPPOSITION')) not null, "demand_id" uuid not null, "reference" varchar(20) not null, "since" timestamptz not null default now(), "lifted_at" timestamptz null, "lifted_by_demand_id" uuid null, constraint "encumbrance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index encumbrance_active_by_vehicle on encumbrance (vehicle_id) where lifted_at is null;`);

    this.addSql(`alter table "demand" add column "counterparty_id" uuid null, add column "sale_declaration_id" uuid null;`);
    this.addSql(`create index "demand_sale_declaration_id_index" on "demand" ("sale_declaration_id");`);

    this.addSql(`alter table "outbox" alter column "txid" type bigint using ("txid"::bigint);`);
    this.addSql(`alter table "outbox" alter column "txid" set default pg_current_xact_id()::text::bigint;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "encumbrance" cascade;`);

    this.addSql(`drop index "demand_sale_declaration_id_index";`);
    this.addSql(`alter table "demand" drop column "counterparty_id", drop column "sale_declaration_id";`);

    this.addSql(`alter table "outbox" alter column "txid" type int8 using ("txid"::int8);`);
    this.addSql(`alter table "outbox" alter column "txid" set default ((pg_current_xact_id())::text)::bigint;`);
  }
}
