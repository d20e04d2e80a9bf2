import { Migration } from '@mikro-orm/migrations';

export class Migration20261121101055 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "brand" ("id" uuid not null, "name" varchar(80) not null, constraint "brand_pkey" primary key ("id"));`);
    this.addSql(`alter table "brand" add constraint "brand_name_unique" unique ("name");`);

    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null);`,
    );
    this.addSql(`create index outbox_unpublished_idx on outbox (id) where published_at is null;`);

    this.addSql(
      `create table "vehicle_model" ("id" uuid not null, "name" varchar(80) not null, "brand_id" uuid not null, "category" varchar(20) not null, constraint "vehicle_model_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "vehicle_model_brand_id_index" on "vehicle_model" ("brand_id");`);
    this.addSql(`alter table "vehicle_model" add constraint "vehicle_model_brand_id_name_unique" unique ("brand_id", "name");`);

    this.addSql(
      `create table "vehicle" ("id" uuid not null, "vin" varchar(17) not null, "brand_id" uuid not null, "model_id" uuid not null, "category" text check ("category" in ('PRIVATE_CAR', 'UTILITY', 'TRUCK', 'BUS', 'TRAILER', 'MOTORCYCLE', 'TRICYCLE')) not null, "energy" text check ("energy" in ('PETROL', 'DIESEL', 'HYBRID', 'ELECTRIC', 'LPG')) null, "color" varchar(40) null, "year" smallint null, "seats" smallint null, "engine_number" varchar(40) null, "empty_weight_kg" int null, "gross_weight_kg" int null, "first_circulation_at" timestamptz null, "origin" text check ("origin" in ('IMPORTED', 'LOCAL')) not null default 'IMPORTED', "customs_reference" varchar(40) null, "created_at" timestamptz not null default now(), constraint "vehicle_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "vehicle" add constraint "vehicle_vin_unique" unique ("vin");`);
    this.addSql(`create index "vehicle_brand_id_index" on "vehicle" ("brand_id");`);
    this.addSql(`create index "vehicle_model_id_index" on "vehicle" ("model_id");`);
    this.addSql(`create index "vehicle_category_year_index" on "vehicle" ("category", "year");`);

    this.addSql(`alter table "vehicle_model" add constraint "vehicle_model_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`);

    this.addSql(`alter table "vehicle" add constraint "vehicle_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`);
    this.addSql(`alter table "vehicle" add constraint "vehicle_model_id_foreign" foreign key ("model_id") references "vehicle_model" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "vehicle_model" drop constraint "vehicle_model_brand_id_foreign";`);

    this.addSql(`alter table "vehicle" drop constraint "vehicle_brand_id_foreign";`);

    this.addSql(`alter table "vehicle" drop constraint "vehicle_model_id_foreign";`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "vehicle_model" cascade;`);

    this.addSql(`drop table if exists "vehicle" cascade;`);
  }
}
