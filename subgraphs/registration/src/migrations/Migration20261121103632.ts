import { Migration } from '@mikro-orm/migrations';

export class Migration20261121103632 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "demand" add column "filed_by_affiliate_id" uuid null;`);
    this.addSql(`create index "demand_filed_by_affiliate_id_index" on "demand" ("filed_by_affiliate_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "demand_filed_by_affiliate_id_index";`);
    this.addSql(`alter table "demand" drop column "filed_by_affiliate_id";`);
  }
}
