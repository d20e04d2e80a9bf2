import { Migration } from '@mikro-orm/migrations';

export class Migration20261121112645 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "number_series" ("family" varchar(20) not null, "series" int not null, "number" int not null, constraint "number_series_pkey" primary key ("family"));`);

    this.addSql(
      `create table "registration" ("id" uuid not null, "demand_id" uuid not null, "vehicle_id" uuid not null, "holder_id" uuid not null, "number" varchar(12) not null, "registered_at" timestamptz not null default now(), constraint "registration_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "registration" add constraint "registration_demand_id_unique" unique ("demand_id");`);
    this.addSql(`create index "registration_vehicle_id_index" on "registration" ("vehicle_id");`);

    this.addSql(
      `create table "reserved_number" ("id" uuid not null, "family" text check ("family" in ('PRIVATE', 'TWO_WHEELER')) not null, "series" int null, "from_number" int null, "to_number" int null, "reason" varchar(200) not null, "created_at" timestamptz not null default now(), constraint "reserved_number_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reserved_number_family_index" on "reserved_number" ("family");`);

    this.addSql(`alter table "holding" alter column "holder_kind" type text using ("holder_kind"::text);`);
    this.addSql(`alter table "holding" alter column "holder_kind" drop not null;`);

    this.addSql(`alter table "outbox" alter column "txid" type bigint using ("txid"::bigint);`);
    this.addSql(`alter table "outbox" alter column "txid" set default pg_current_xact_id()::text::bigint;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "number_series" cascade;`);

    this.addSql(`drop table if exists "registration" cascade;`);

    this.addSql(`drop table if exists "reserved_number" cascade;`);

    this.addSql(`alter table "holding" alter column "holder_kind" type text using ("holder_kind"::text);`);
    this.addSql(`alter table "holding" alter column "holder_kind" set not null;`);

    this.addSql(`alter table "outbox" alter column "txid" type int8 using ("txid"::int8);`);
    this.addSql(`alter table "outbox" alter column "txid" set default ((pg_current_xact_id())::text)::bigint;`);
  }
}
