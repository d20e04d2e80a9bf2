import { Migration } from '@mikro-orm/migrations';

export class Migration20261121133101 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "demand" add column "seller_confirmed_at" timestamptz null, add column "buyer_confirmed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "demand" drop column "seller_confirmed_at", drop column "buyer_confirmed_at";`);
  }
}
