import { Migration } from '@mikro-orm/migrations';

export class Migration20261121140721 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "order" add column "basket_id" uuid null;`);
    this.addSql(`alter table "order" alter column "demand_id" drop not null;`);
    this.addSql(`create index "order_basket_id_index" on "order" ("basket_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "order_basket_id_index";`);
    this.addSql(`alter table "order" drop column "basket_id";`);

    this.addSql(`alter table "order" alter column "demand_id" set not null;`);
  }
}
