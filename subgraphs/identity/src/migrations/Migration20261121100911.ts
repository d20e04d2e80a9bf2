import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100911 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "company" ("id" uuid not null, "ifu" varchar(13) not null, "name" varchar(200) not null, "rccm" varchar(50) null, "created_at" timestamptz not null default now(), constraint "company_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "company" add constraint "company_ifu_unique" unique ("ifu");`);

    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null);`,
    );
    this.addSql(`create index outbox_unpublished_idx on outbox (id) where published_at is null;`);

    this.addSql(
      `create table "person" ("id" uuid not null, "npi" varchar(10) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "birth_date" date null, "phone" varchar(20) null, "email" varchar(200) null, "created_at" timestamptz not null default now(), constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "person" add constraint "person_npi_unique" unique ("npi");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);
  }
}
