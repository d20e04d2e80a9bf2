import { Migration } from '@mikro-orm/migrations';

export class Migration20261121110315 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox" add column "txid" bigint null default pg_current_xact_id()::text::bigint;`);
    this.addSql(`create index "outbox_txid_index" on "outbox" ("txid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_txid_index";`);
    this.addSql(`alter table "outbox" drop column "txid";`);
  }
}
