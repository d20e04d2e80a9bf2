import { Migration } from '@mikro-orm/migrations';

export class Migration20261121101402 extends Migration {
  override async up(): Promise<void> {
    // Demand references come from this sequence: atomic across transactions and replicas.
    this.addSql(`create sequence if not exists demand_reference_seq;`);
    this.addSql(
      `create table "demand" ("id" uuid not null, "reference" varchar(20) not null, "service_code" varchar(60) not null, "status" text check ("status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED')) not null, "applicant_id" uuid not null, "vehicle_id" uuid null, "center_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "demand_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "demand" add constraint "demand_reference_unique" unique ("reference");`);
    this.addSql(`create index "demand_vehicle_id_index" on "demand" ("vehicle_id");`);
    this.addSql(`create index "demand_center_id_index" on "demand" ("center_id");`);
    this.addSql(`create index "demand_status_id_index" on "demand" ("status", "id");`);
    this.addSql(`create index "demand_applicant_id_id_index" on "demand" ("applicant_id", "id");`);

    this.addSql(
      `create table "demand_event" ("id" uuid not null, "demand_id" uuid not null, "action" text check ("action" in ('SUBMIT', 'VERIFY', 'VALIDATE', 'REJECT')) not null, "from_status" text check ("from_status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED')) null, "to_status" text check ("to_status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED')) not null, "actor_id" uuid null, "reason" text null, "at" timestamptz not null, constraint "demand_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "demand_event_demand_id_at_index" on "demand_event" ("demand_id", "at");`);

    this.addSql(
      `create table "holding" ("id" uuid not null, "vehicle_id" uuid not null, "holder_id" uuid not null, "holder_kind" text check ("holder_kind" in ('PERSON', 'COMPANY')) not null, "started_at" timestamptz not null, "ended_at" timestamptz null, constraint "holding_pkey" primary key ("id"));`,
    );
    this.addSql(`create index holding_current_by_holder on holding (holder_id, vehicle_id) where ended_at is null;`);
    this.addSql(`create unique index holding_one_current_per_vehicle on holding (vehicle_id) where ended_at is null;`);

    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null);`,
    );
    this.addSql(`create index outbox_unpublished_idx on outbox (id) where published_at is null;`);

    this.addSql(
      `create table "plate" ("id" uuid not null, "compact_number" varchar(12) not null, "vehicle_id" uuid not null, "status" text check ("status" in ('ACTIVE', 'REVOKED')) not null default 'ACTIVE', "issued_at" timestamptz not null default now(), constraint "plate_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "plate" add constraint "plate_compact_number_unique" unique ("compact_number");`);
    this.addSql(`create unique index plate_one_active_per_vehicle on plate (vehicle_id) where status = 'ACTIVE';`);

    this.addSql(
      `create table "service" ("code" varchar(60) not null, "name" varchar(120) not null, "name_fr" varchar(160) not null, "active" boolean not null default true, constraint "service_pkey" primary key ("code"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists demand_reference_seq;`);
    this.addSql(`drop table if exists "demand" cascade;`);

    this.addSql(`drop table if exists "demand_event" cascade;`);

    this.addSql(`drop table if exists "holding" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "plate" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);
  }
}
