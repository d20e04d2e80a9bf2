import { Migration } from '@mikro-orm/migrations';

export class Migration20261121113440 extends Migration {
  override async up(): Promise<void> {
    // Gray card numbers come from this sequence: atomic across transactions and replicas.
    this.addSql(`create sequence if not exists gray_card_number_seq;`);
    this.addSql(
      `create table "gray_card" ("id" uuid not null, "number" varchar(20) not null, "vehicle_id" uuid not null, "holder_id" uuid not null, "plate_number" varchar(12) not null, "demand_id" uuid not null, "status" text check ("status" in ('VALID', 'SUPERSEDED', 'REVOKED', 'INVALID')) not null default 'VALID', "issued_at" timestamptz not null default now(), "superseded_at" timestamptz null, constraint "gray_card_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "gray_card" add constraint "gray_card_number_unique" unique ("number");`);
    this.addSql(`create index "gray_card_vehicle_id_index" on "gray_card" ("vehicle_id");`);
    this.addSql(`create unique index gray_card_one_valid_per_vehicle on gray_card (vehicle_id) where status = 'VALID';`);

    this.addSql(`alter table "outbox" alter column "txid" type bigint using ("txid"::bigint);`);
    this.addSql(`alter table "outbox" alter column "txid" set default pg_current_xact_id()::text::bigint;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists gray_card_number_seq;`);
    this.addSql(`drop table if exists "gray_card" cascade;`);

    this.addSql(`alter table "outbox" alter column "txid" type int8 using ("txid"::int8);`);
    this.addSql(`alter table "outbox" alter column "txid" set default ((pg_current_xact_id())::text)::bigint;`);
  }
}
