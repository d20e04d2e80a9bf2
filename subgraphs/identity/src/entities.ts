import { EventCursor, InboxEntry } from '@simveb/platform/events/inbox.entity';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Account } from './account/account.entity';
import { Profile } from './account/profile.entity';
import { Affiliate } from './affiliate/affiliate.entity';
import { Invitation } from './affiliate/invitation.entity';
import { ApiKey } from './api-key/api-key.entity';
import { AuditEntry } from '@simveb/platform/audit/audit-entry.entity';
import { Company } from './company/company.entity';
import { OtpChallenge } from './otp/otp-challenge.entity';
import { Person } from './person/person.entity';
import { RefreshToken } from './token/refresh-token.entity';
import { SigningKey } from './token/signing-key.entity';

export const entities = [Person, Company, Account, Profile, OtpChallenge, RefreshToken, SigningKey, Affiliate, Invitation, ApiKey, AuditEntry, EventCursor, InboxEntry, OutboxEvent];
