import { Migration } from '@mikro-orm/migrations';

export class Migration20261121130153 extends Migration {
  override async up(): Promise<void> {
    // Numbers of certificates, sale declarations and authorisations (CSA-2026-000001…).
    this.addSql(`create sequence if not exists issued_document_number_seq start 1;`);
    this.addSql(
      `create table "issued_document" ("id" uuid not null, "kind" text check ("kind" in ('ADMINISTRATIVE_CERTIFICATE', 'SALE_DECLARATION', 'TINTED_WINDOW_AUTHORIZATION', 'GLASS_ENGRAVING_CERTIFICATE')) not null, "number" varchar(24) not null, "vehicle_id" uuid not null, "holder_id" uuid not null, "counterparty_id" uuid null, "demand_id" uuid null, "plate_number" varchar(20) not null, "facts" jsonb not null, "issued_at" timestamptz not null default now(), "valid_until" timestamptz null, "ended_at" timestamptz null, constraint "issued_document_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "issued_document" add constraint "issued_document_number_unique" unique ("number");`);
    this.addSql(`create index "issued_document_holder_id_index" on "issued_document" ("holder_id");`);
    this.addSql(`create index "issued_document_vehicle_id_kind_index" on "issued_document" ("vehicle_id", "kind");`);

    this.addSql(`alter table "gray_card" drop constraint if exists "gray_card_status_check";`);

    this.addSql(`alter table "gray_card" add constraint "gray_card_status_check" check("status" in ('VALID', 'SUPERSEDED', 'REVOKED', 'EXPIRED', 'USED', 'INVALID'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "issued_document" cascade;`);
    this.addSql(`drop sequence if exists issued_document_number_seq;`);

    this.addSql(`alter table "gray_card" drop constraint if exists "gray_card_status_check";`);

    this.addSql(`alter table "gray_card" add constraint "gray_card_status_check" check("status" in ('VALID', 'SUPERSEDED', 'REVOKED', 'INVALID'));`);
  }
}
