import { Migration } from '@mikro-orm/migrations';

export class Migration20261121114415 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "encumbrance" drop constraint if exists "encumbrance_kind_check";`);

    this.addSql(`alter table "encumbrance" add constraint "encumbrance_kind_check" check("kind" in ('PLEDGE', 'OPPOSITION', 'TITLE_DEPOSIT'));`);

    this.addSql(`alter table "outbox" alter column "txid" type bigint using ("txid"::bigint);`);
    this.addSql(`alter table "outbox" alter column "txid" set default pg_current_xact_id()::text::bigint;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "encumbrance" drop constraint if exists "encumbrance_kind_check";`);

    this.addSql(`alter table "encumbrance" add constraint "encumbrance_kind_check" check("kind" in ('PLEDGE', 'OPPOSITION'));`);

    this.addSql(`alter table "outbox" alter column "txid" type int8 using ("txid"::int8);`);
    this.addSql(`alter table "outbox" alter column "txid" set default ((pg_current_xact_id())::text)::bigint;`);
  }
}
