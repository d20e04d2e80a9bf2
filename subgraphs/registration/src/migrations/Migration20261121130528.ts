import { Migration } from '@mikro-orm/migrations';

export class Migration20261121130528 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "prestige_reservation" ("id" uuid not null, "demand_id" uuid not null, "compact_number" varchar(12) null, "label" varchar(8) null, "status" text check ("status" in ('HELD', 'USED', 'RELEASED')) not null default 'HELD', "created_at" timestamptz not null default now(), constraint "prestige_reservation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "prestige_reservation" add constraint "prestige_reservation_demand_id_unique" unique ("demand_id");`);
    this.addSql(`create unique index prestige_label_live on prestige_reservation (label) where status <> 'RELEASED' and label is not null;`);
    this.addSql(`create unique index prestige_number_live on prestige_reservation (compact_number) where status <> 'RELEASED' and compact_number is not null;`);

    this.addSql(`alter table "plate" add column "label" varchar(8) null;`);
    this.addSql(`create index "plate_label_index" on "plate" ("label");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "prestige_reservation" cascade;`);

    this.addSql(`drop index "plate_label_index";`);
    this.addSql(`alter table "plate" drop column "label";`);
  }
}
