import { Migration } from '@mikro-orm/migrations';

export class Migration20261121132315 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "encumbrance" add column "lender_affiliate_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "encumbrance" drop column "lender_affiliate_id";`);
  }
}
