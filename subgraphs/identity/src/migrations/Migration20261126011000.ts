import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "affiliate" drop constraint if exists "affiliate_kind_check";`);
    this.addSql(
      `alter table "affiliate" add constraint "affiliate_kind_check" check("kind" in ('DEALER', 'BANK', 'PLATE_PRINTER', 'POLICE', 'INTERPOL', 'COURT', 'STATE_GARAGE', 'AUCTIONEER', 'AGENT', 'INSURER'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "affiliate" drop constraint if exists "affiliate_kind_check";`);
    this.addSql(
      `alter table "affiliate" add constraint "affiliate_kind_check" check("kind" in ('DEALER', 'BANK', 'PLATE_PRINTER', 'POLICE', 'INTERPOL', 'COURT', 'STATE_GARAGE', 'AUCTIONEER', 'AGENT'));`,
    );
  }
}
