import { Migration } from '@mikro-orm/migrations';

export class Migration20261121125051 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "invoice" ("id" uuid not null, "number" varchar(24) not null, "year" int not null, "sequence" int not null, "order_id" uuid not null, "payment_id" uuid not null, "payer_id" uuid not null, "lines" jsonb not null, "total" int not null, "issued_at" timestamptz not null default now(), constraint "invoice_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`alter table "invoice" add constraint "invoice_order_id_unique" unique ("order_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_payment_id_unique" unique ("payment_id");`);
    this.addSql(`create index "invoice_payer_id_index" on "invoice" ("payer_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_year_sequence_unique" unique ("year", "sequence");`);

    this.addSql(`create table "invoice_counter" ("year" int not null, "last" int not null, constraint "invoice_counter_pkey" primary key ("year"));`);

    this.addSql(
      `create table "payment" ("id" uuid not null, "purpose" text check ("purpose" in ('ORDER', 'WALLET_TOP_UP')) not null, "order_id" uuid null, "wallet_id" uuid null, "payer_id" uuid not null, "amount" int not null, "currency" varchar(3) not null default 'XOF', "provider" text check ("provider" in ('FEDAPAY', 'KKIAPAY', 'WALLET', 'COUNTER')) not null, "provider_transaction_id" varchar(80) null, "redirect_url" text null, "status" text check ("status" in ('PENDING', 'APPROVED', 'DECLINED', 'CANCELED', 'EXPIRED', 'REFUND_PENDING', 'REFUNDED')) not null default 'PENDING', "created_at" timestamptz not null default now(), "settled_at" timestamptz null, "settled_via" text check ("settled_via" in ('WEBHOOK', 'RECONCILIATION', 'CLIENT_CONFIRMATION', 'COUNTER', 'WALLET')) null, "refunded_at" timestamptz null, "refund_reason" text null, constraint "payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_order_id_index" on "payment" ("order_id");`);
    this.addSql(`create index "payment_wallet_id_index" on "payment" ("wallet_id");`);
    this.addSql(`create index "payment_payer_id_index" on "payment" ("payer_id");`);
    this.addSql(`create index "payment_status_created_at_index" on "payment" ("status", "created_at");`);
    this.addSql(`alter table "payment" add constraint "payment_provider_provider_transaction_id_unique" unique ("provider", "provider_transaction_id");`);

    this.addSql(
      `create table "payment_anomaly" ("id" uuid not null, "kind" text check ("kind" in ('AMOUNT_MISMATCH', 'CURRENCY_MISMATCH', 'UNKNOWN_TRANSACTION', 'ORDER_ALREADY_SETTLED', 'FOREIGN_TRANSACTION')) not null, "provider" text check ("provider" in ('FEDAPAY', 'KKIAPAY', 'WALLET', 'COUNTER')) not null, "provider_transaction_id" varchar(80) null, "payment_id" uuid null, "expected_amount" int null, "reported_amount" int null, "source" varchar(30) not null, "detected_at" timestamptz not null default now(), constraint "payment_anomaly_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_anomaly_payment_id_index" on "payment_anomaly" ("payment_id");`);
    this.addSql(`create index "payment_anomaly_detected_at_index" on "payment_anomaly" ("detected_at");`);

    this.addSql(
      `create table "provider_event" ("provider" varchar(20) not null, "event_id" varchar(120) not null, "outcome" varchar(40) not null, "received_at" timestamptz not null default now(), constraint "provider_event_pkey" primary key ("provider", "event_id"));`,
    );

    this.addSql(
      `create table "wallet" ("id" uuid not null, "affiliate_id" uuid not null, "balance" int not null default 0, "created_at" timestamptz not null default now(), constraint "wallet_pkey" primary key ("id"), constraint wallet_balance_never_negative check (balance >= 0));`,
    );
    this.addSql(`alter table "wallet" add constraint "wallet_affiliate_id_unique" unique ("affiliate_id");`);

    this.addSql(
      `create table "wallet_movement" ("id" uuid not null, "wallet_id" uuid not null, "kind" text check ("kind" in ('TOP_UP', 'DEBIT', 'REFUND')) not null, "amount" int not null, "balance_after" int not null, "order_id" uuid null, "payment_id" uuid null, "actor_account_id" uuid null, "at" timestamptz not null default now(), constraint "wallet_movement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "wallet_movement_wallet_id_id_index" on "wallet_movement" ("wallet_id", "id");`);

    this.addSql(`alter table "order" add column "affiliate_id" uuid null, add column "paid_at" timestamptz null;`);
    this.addSql(`create index "order_affiliate_id_index" on "order" ("affiliate_id");`);

    this.addSql(
      `alter table "tariff" add column "component" text check ("component" in ('SERVICE_FEE', 'PLATE', 'STAMP_DUTY', 'SURCHARGE')) not null default 'SERVICE_FEE', add column "condition" text check ("condition" in ('ALWAYS', 'TWO_THREE_WHEELER', 'HEAVY_VEHICLE', 'COMPANY_HOLDER', 'URGENT')) not null default 'ALWAYS';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_counter" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "payment_anomaly" cascade;`);

    this.addSql(`drop table if exists "provider_event" cascade;`);

    this.addSql(`drop table if exists "wallet" cascade;`);

    this.addSql(`drop table if exists "wallet_movement" cascade;`);

    this.addSql(`drop index "order_affiliate_id_index";`);
    this.addSql(`alter table "order" drop column "affiliate_id", drop column "paid_at";`);

    this.addSql(`alter table "tariff" drop column "component", drop column "condition";`);
  }
}
