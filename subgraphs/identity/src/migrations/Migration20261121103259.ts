import { Migration } from '@mikro-orm/migrations';

export class Migration20261121103259 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account" ("id" uuid not null, "person_id" uuid null, "company_id" uuid null, "phone" varchar(20) null, "email" varchar(200) null, "password_hash" text null, "status" text check ("status" in ('PENDING', 'ACTIVE', 'SUSPENDED')) not null default 'PENDING', "created_at" timestamptz not null default now(), "last_login_at" timestamptz null, constraint "account_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "account_person_id_index" on "account" ("person_id");`);
    this.addSql(`create index "account_company_id_index" on "account" ("company_id");`);
    this.addSql(`alter table "account" add constraint "account_phone_unique" unique ("phone");`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(
      `create table "affiliate" ("id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('DEALER', 'BANK', 'PLATE_PRINTER', 'POLICE', 'INTERPOL', 'COURT', 'STATE_GARAGE', 'AUCTIONEER', 'AGENT')) not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'SUSPENDED')) not null default 'PENDING', "company_id" uuid null, "created_at" timestamptz not null default now(), constraint "affiliate_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "affiliate" add constraint "affiliate_name_unique" unique ("name");`);

    this.addSql(
      `create table "api_key" ("id" uuid not null, "affiliate_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "created_by" uuid not null, "created_at" timestamptz not null default now(), "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_affiliate_id_index" on "api_key" ("affiliate_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "actor_account_id" uuid null, "action" varchar(60) not null, "subject" varchar(100) not null, "detail" jsonb null, "at" timestamptz not null default now(), constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `create table "invitation" ("id" uuid not null, "affiliate_id" uuid not null, "npi" varchar(10) not null, "roles" text[] not null, "invited_by" uuid not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'REVOKED')) not null default 'PENDING', "created_at" timestamptz not null default now(), constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_affiliate_id_index" on "invitation" ("affiliate_id");`);
    this.addSql(`create index "invitation_npi_index" on "invitation" ("npi");`);

    this.addSql(
      `create table "otp_challenge" ("id" uuid not null, "account_id" uuid not null, "purpose" text check ("purpose" in ('SIGN_UP', 'LOGIN', 'SECOND_FACTOR', 'HOLDER_CONSENT')) not null, "code_hash" text not null, "destination" varchar(200) not null, "context" jsonb null, "attempts" int not null default 0, "expires_at" timestamptz not null, "consumed_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "otp_challenge_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "otp_challenge_account_id_purpose_created_at_index" on "otp_challenge" ("account_id", "purpose", "created_at");`);

    this.addSql(
      `create table "profile" ("id" uuid not null, "account_id" uuid not null, "kind" text check ("kind" in ('CITIZEN', 'STAFF', 'JUSTICE', 'AFFILIATE')) not null, "roles" text[] not null, "affiliate_id" uuid null, "active" boolean not null default true, "granted_by" uuid null, "created_at" timestamptz not null default now(), constraint "profile_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "profile_account_id_index" on "profile" ("account_id");`);
    this.addSql(`create index "profile_affiliate_id_index" on "profile" ("affiliate_id");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "family_id" uuid not null, "account_id" uuid not null, "profile_id" uuid not null, "mfa" boolean not null default false, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);
    this.addSql(`create index "refresh_token_account_id_index" on "refresh_token" ("account_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "signing_key" ("kid" varchar(64) not null, "public_jwk" jsonb not null, "private_jwk" jsonb not null, "created_at" timestamptz not null default now(), "retired_at" timestamptz null, "expires_at" timestamptz null, constraint "signing_key_pkey" primary key ("kid"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "affiliate" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "otp_challenge" cascade;`);

    this.addSql(`drop table if exists "profile" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "signing_key" cascade;`);
  }
}
