import { Migration } from '@mikro-orm/migrations';

export class Migration20261121125142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "demand" add column "urgent" boolean not null default false, add column "vehicle_category" varchar(20) null, add column "applicant_kind" varchar(10) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "demand" drop column "urgent", drop column "vehicle_category", drop column "applicant_kind";`);
  }
}
