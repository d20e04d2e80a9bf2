import { Migration } from '@mikro-orm/migrations';

export class Migration20261121101506 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "order" ("id" uuid not null, "number" varchar(24) not null, "demand_id" uuid not null, "payer_id" uuid not null, "lines" jsonb not null, "total" int not null, "status" text check ("status" in ('PENDING', 'PAID', 'CANCELLED', 'REFUNDED')) not null default 'PENDING', "created_at" timestamptz not null default now(), constraint "order_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "order" add constraint "order_number_unique" unique ("number");`);
    this.addSql(`alter table "order" add constraint "order_demand_id_unique" unique ("demand_id");`);
    this.addSql(`create index "order_payer_id_index" on "order" ("payer_id");`);

    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null);`,
    );
    this.addSql(`create index outbox_unpublished_idx on outbox (id) where published_at is null;`);

    this.addSql(
      `create table "tariff" ("id" uuid not null, "service_code" varchar(60) not null, "label" varchar(160) not null, "amount" int not null, "effective_from" timestamptz not null, constraint "tariff_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "tariff_service_code_effective_from_index" on "tariff" ("service_code", "effective_from");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "tariff" cascade;`);
  }
}
