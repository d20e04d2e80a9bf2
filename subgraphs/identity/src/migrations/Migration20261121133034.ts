import { Migration } from '@mikro-orm/migrations';

export class Migration20261121133034 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "otp_challenge" drop constraint if exists "otp_challenge_purpose_check";`);

    this.addSql(`alter table "otp_challenge" add constraint "otp_challenge_purpose_check" check("purpose" in ('SIGN_UP', 'LOGIN', 'SECOND_FACTOR', 'HOLDER_CONSENT', 'SALE_CONFIRMATION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "otp_challenge" drop constraint if exists "otp_challenge_purpose_check";`);

    this.addSql(`alter table "otp_challenge" add constraint "otp_challenge_purpose_check" check("purpose" in ('SIGN_UP', 'LOGIN', 'SECOND_FACTOR', 'HOLDER_CONSENT'));`);
  }
}
