import { Migration } from '@mikro-orm/migrations';

/** Outbox events carry the trace of the work that wrote them (W3C traceparent). */
export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox" add column "traceparent" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox" drop column "traceparent";`);
  }
}
