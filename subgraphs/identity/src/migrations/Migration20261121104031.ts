import { Migration } from '@mikro-orm/migrations';

export class Migration20261121104031 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "signing_key" add column "activates_at" timestamptz not null default now();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "signing_key" drop column "activates_at";`);
  }
}
