import { Migration } from '@mikro-orm/migrations';

export class Migration20261121110310 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "actor_account_id" uuid null, "action" varchar(60) not null, "subject" varchar(100) not null, "detail" jsonb null, "at" timestamptz not null default now(), constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `create table "center_agent" ("id" uuid not null, "center_id" uuid not null, "agent_id" uuid not null, "active" boolean not null default true, "since" timestamptz not null default now(), constraint "center_agent_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "center_agent_center_id_index" on "center_agent" ("center_id");`);
    this.addSql(`create index "center_agent_agent_id_index" on "center_agent" ("agent_id");`);
    this.addSql(`alter table "center_agent" add constraint "center_agent_center_id_agent_id_unique" unique ("center_id", "agent_id");`);

    this.addSql(
      `create table "document" ("id" uuid not null, "type" varchar(40) not null, "file_name" varchar(200) not null, "content_type" varchar(60) not null, "size" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "owner_id" uuid not null, "demand_id" uuid null, "uploaded_at" timestamptz not null default now(), constraint "document_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "document_owner_id_index" on "document" ("owner_id");`);
    this.addSql(`create index "document_demand_id_index" on "document" ("demand_id");`);

    this.addSql(`create table "event_cursor" ("source" varchar(60) not null, "txid" bigint not null, "event_id" bigint not null, constraint "event_cursor_pkey" primary key ("source"));`);

    this.addSql(
      `create table "event_inbox" ("source" varchar(60) not null, "event_id" bigint not null, "handled_at" timestamptz not null default now(), constraint "event_inbox_pkey" primary key ("source", "event_id"));`,
    );

    this.addSql(
      `create table "management_center" ("id" uuid not null, "department" varchar(60) not null, "name" varchar(120) not null, "town" varchar(60) not null, constraint "management_center_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "management_center" add constraint "management_center_department_unique" unique ("department");`);

    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_action_check";`);

    this.addSql(
      `alter table "demand" add column "assigned_agent_id" uuid null, add column "assigned_at" timestamptz null, add column "status_since" timestamptz not null default now(), add column "due_at" timestamptz null, add column "suspended_from" text check ("suspended_from" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED')) null;`,
    );
    this.addSql(`create index "demand_assigned_agent_id_index" on "demand" ("assigned_agent_id");`);
    this.addSql(`create index "demand_due_at_index" on "demand" ("due_at");`);

    this.addSql(
      `alter table "demand_event" add constraint "demand_event_action_check" check("action" in ('SUBMIT', 'CONFIRM_PAYMENT', 'ASSIGN', 'VERIFY', 'REQUEST_INTERPOL_CHECK', 'CLEAR_INTERPOL_CHECK', 'PRE_VALIDATE', 'VALIDATE', 'ORDER_PRINT', 'MARK_PRINTED', 'DELIVER', 'CLOSE', 'REJECT', 'SUSPEND', 'RESUME', 'CANCEL'));`,
    );

    this.addSql(`alter table "outbox" add column "txid" bigint null default pg_current_xact_id()::text::bigint;`);
    this.addSql(`create index "outbox_txid_index" on "outbox" ("txid");`);

    this.addSql(
      `alter table "service" add column "required_documents" text[] not null default '{}', add column "target_hours" jsonb not null, add column "needs_interpol_check" boolean not null default false, add column "needs_printing" boolean not null default false, add column "needs_vehicle" boolean not null default true, add column "fee_due" boolean not null default true;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "center_agent" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "event_cursor" cascade;`);

    this.addSql(`drop table if exists "event_inbox" cascade;`);

    this.addSql(`drop table if exists "management_center" cascade;`);

    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_action_check";`);

    this.addSql(`drop index "demand_assigned_agent_id_index";`);
    this.addSql(`drop index "demand_due_at_index";`);
    this.addSql(`alter table "demand" drop column "assigned_agent_id", drop column "assigned_at", drop column "status_since", drop column "due_at", drop column "suspended_from";`);

    this.addSql(`alter table "demand_event" add constraint "demand_event_action_check" check("action" in ('SUBMIT', 'VERIFY', 'VALIDATE', 'REJECT'));`);

    this.addSql(`drop index "outbox_txid_index";`);
    this.addSql(`alter table "outbox" drop column "txid";`);

    this.addSql(
      `alter table "service" drop column "required_documents", drop column "target_hours", drop column "needs_interpol_check", drop column "needs_printing", drop column "needs_vehicle", drop column "fee_due";`,
    );
  }
}
