import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "center_agent" add column "role" text check ("role" in ('AGENT', 'SERVICE_HEAD')) not null default 'AGENT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "center_agent" drop column "role";`);
  }
}
