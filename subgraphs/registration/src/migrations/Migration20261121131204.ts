import { Migration } from '@mikro-orm/migrations';

export class Migration20261121131204 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "print_order" ("id" uuid not null, "demand_id" uuid not null, "vehicle_id" uuid not null, "kind" text check ("kind" in ('PLATE_AND_CARD', 'CARD', 'PLATE')) not null, "printer_affiliate_id" uuid null, "plate_number" varchar(20) not null, "status" text check ("status" in ('ORDERED', 'PRINTED', 'VALIDATED', 'DELIVERED', 'CANCELLED')) not null default 'ORDERED', "plate_serial" varchar(30) null, "rfid_tag" varchar(32) null, "failed_code_attempts" int not null default 0, "ordered_at" timestamptz not null default now(), "printed_at" timestamptz null, "printed_by_affiliate_id" uuid null, "validated_at" timestamptz null, "delivered_at" timestamptz null, constraint "print_order_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "print_order" add constraint "print_order_demand_id_unique" unique ("demand_id");`);
    this.addSql(`create index "print_order_vehicle_id_index" on "print_order" ("vehicle_id");`);
    this.addSql(`alter table "print_order" add constraint "print_order_plate_serial_unique" unique ("plate_serial");`);
    this.addSql(`alter table "print_order" add constraint "print_order_rfid_tag_unique" unique ("rfid_tag");`);
    this.addSql(`create index "print_order_status_printer_affiliate_id_index" on "print_order" ("status", "printer_affiliate_id");`);

    this.addSql(`alter table "demand" drop constraint if exists "demand_status_check";`);
    this.addSql(`alter table "demand" drop constraint if exists "demand_suspended_from_check";`);

    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_action_check";`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_from_status_check";`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_to_status_check";`);

    this.addSql(
      `alter table "demand" add constraint "demand_status_check" check("status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'PRINT_VALIDATED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );
    this.addSql(
      `alter table "demand" add constraint "demand_suspended_from_check" check("suspended_from" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'PRINT_VALIDATED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "demand_event" add constraint "demand_event_action_check" check("action" in ('SUBMIT', 'CONFIRM_PAYMENT', 'ASSIGN', 'VERIFY', 'REQUEST_INTERPOL_CHECK', 'CLEAR_INTERPOL_CHECK', 'PRE_VALIDATE', 'VALIDATE', 'ORDER_PRINT', 'MARK_PRINTED', 'VALIDATE_PRINT', 'DELIVER', 'CLOSE', 'REJECT', 'SUSPEND', 'RESUME', 'CANCEL'));`,
    );
    this.addSql(
      `alter table "demand_event" add constraint "demand_event_from_status_check" check("from_status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'PRINT_VALIDATED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );
    this.addSql(
      `alter table "demand_event" add constraint "demand_event_to_status_check" check("to_status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'PRINT_VALIDATED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );

    this.addSql(`alter table "plate" add column "serial" varchar(30) null, add column "rfid_tag" varchar(32) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "print_order" cascade;`);

    this.addSql(`alter table "demand" drop constraint if exists "demand_status_check";`);
    this.addSql(`alter table "demand" drop constraint if exists "demand_suspended_from_check";`);

    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_action_check";`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_from_status_check";`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_to_status_check";`);

    this.addSql(
      `alter table "demand" add constraint "demand_status_check" check("status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );
    this.addSql(
      `alter table "demand" add constraint "demand_suspended_from_check" check("suspended_from" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "demand_event" add constraint "demand_event_action_check" check("action" in ('SUBMIT', 'CONFIRM_PAYMENT', 'ASSIGN', 'VERIFY', 'REQUEST_INTERPOL_CHECK', 'CLEAR_INTERPOL_CHECK', 'PRE_VALIDATE', 'VALIDATE', 'ORDER_PRINT', 'MARK_PRINTED', 'DELIVER', 'CLOSE', 'REJECT', 'SUSPEND', 'RESUME', 'CANCEL'));`,
    );
    this.addSql(
      `alter table "demand_event" add constraint "demand_event_from_status_check" check("from_status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );
    this.addSql(
      `alter table "demand_event" add constraint "demand_event_to_status_check" check("to_status" in ('DRAFT', 'AWAITING_PAYMENT', 'SUBMITTED', 'ASSIGNED', 'VERIFIED', 'INTERPOL_CHECK', 'PRE_VALIDATED', 'VALIDATED', 'PRINT_ORDERED', 'PRINTED', 'CLOSED', 'REJECTED', 'SUSPENDED', 'CANCELLED'));`,
    );

    this.addSql(`alter table "plate" drop column "serial", drop column "rfid_tag";`);
  }
}
