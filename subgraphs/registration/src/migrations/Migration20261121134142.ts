import { Migration } from '@mikro-orm/migrations';

export class Migration20261121134142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "reserved_number" drop constraint if exists "reserved_number_family_check";`);

    this.addSql(`alter table "demand" add column "plate_family" varchar(20) null;`);

    this.addSql(`alter table "reserved_number" add constraint "reserved_number_family_check" check("family" in ('PRIVATE', 'TWO_WHEELER', 'STATE', 'COMMERCIAL', 'TEMPORARY'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "reserved_number" drop constraint if exists "reserved_number_family_check";`);

    this.addSql(`alter table "demand" drop column "plate_family";`);

    this.addSql(`alter table "reserved_number" add constraint "reserved_number_family_check" check("family" in ('PRIVATE', 'TWO_WHEELER'));`);
  }
}
