import { Migration } from '@mikro-orm/migrations';

export class Migration20261121110346 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "event_cursor" ("source" varchar(60) not null, "txid" bigint not null, "event_id" bigint not null, constraint "event_cursor_pkey" primary key ("source"));`);

    this.addSql(
      `create table "event_inbox" ("source" varchar(60) not null, "event_id" bigint not null, "handled_at" timestamptz not null default now(), constraint "event_inbox_pkey" primary key ("source", "event_id"));`,
    );

    this.addSql(`alter table "outbox" add column "txid" bigint null default pg_current_xact_id()::text::bigint;`);
    this.addSql(`create index "outbox_txid_index" on "outbox" ("txid");`);

    this.addSql(`alter table "person" add column "commune" varchar(60) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_cursor" cascade;`);

    this.addSql(`drop table if exists "event_inbox" cascade;`);

    this.addSql(`drop index "outbox_txid_index";`);
    this.addSql(`alter table "outbox" drop column "txid";`);

    this.addSql(`alter table "person" drop column "commune";`);
  }
}
