import { Migration } from '@mikro-orm/migrations';

export class Migration20261121104915 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "actor_account_id" uuid null, "action" varchar(60) not null, "subject" varchar(100) not null, "detail" jsonb null, "at" timestamptz not null default now(), constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `create table "customs_clearance" ("id" uuid not null, "reference" varchar(40) not null, "vehicle_id" uuid not null, "office" varchar(100) not null, "declared_at" timestamptz not null, "duties_paid" boolean not null, "duties_amount" int not null, "verified_at" timestamptz not null default now(), constraint "customs_clearance_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "customs_clearance" add constraint "customs_clearance_reference_unique" unique ("reference");`);
    this.addSql(`alter table "customs_clearance" add constraint "customs_clearance_vehicle_id_unique" unique ("vehicle_id");`);

    this.addSql(
      `create table "vehicle_change" ("id" uuid not null, "vehicle_id" uuid not null, "field" varchar(40) not null, "from_value" text null, "to_value" text null, "reason" text not null, "actor_id" uuid null, "at" timestamptz not null default now(), constraint "vehicle_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "vehicle_change_vehicle_id_at_index" on "vehicle_change" ("vehicle_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "customs_clearance" cascade;`);

    this.addSql(`drop table if exists "vehicle_change" cascade;`);
  }
}
