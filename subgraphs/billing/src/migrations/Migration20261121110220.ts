import { Migration } from '@mikro-orm/migrations';

export class Migration20261121110220 extends Migration {
  override async up(): Promise<void> {
    // Order numbers come from this sequence: atomic across transactions and replicas.
    this.addSql(`create sequence if not exists order_number_seq start 1000;`);
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "actor_account_id" uuid null, "action" varchar(60) not null, "subject" varchar(100) not null, "detail" jsonb null, "at" timestamptz not null default now(), constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(`create table "event_cursor" ("source" varchar(60) not null, "txid" bigint not null, "event_id" bigint not null, constraint "event_cursor_pkey" primary key ("source"));`);

    this.addSql(
      `create table "event_inbox" ("source" varchar(60) not null, "event_id" bigint not null, "handled_at" timestamptz not null default now(), constraint "event_inbox_pkey" primary key ("source", "event_id"));`,
    );

    this.addSql(`alter table "outbox" add column "txid" bigint null default pg_current_xact_id()::text::bigint;`);
    this.addSql(`create index "outbox_txid_index" on "outbox" ("txid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists order_number_seq;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "event_cursor" cascade;`);

    this.addSql(`drop table if exists "event_inbox" cascade;`);

    this.addSql(`drop index "outbox_txid_index";`);
    this.addSql(`alter table "outbox" drop column "txid";`);
  }
}
