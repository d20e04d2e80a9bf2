import type { AuthService } from './account/auth.service';
import type { AdminService } from './affiliate/admin.service';
import type { CompanyRegistry } from './integrations/company-registry';
import type { OtpService } from './otp/otp.service';
import type { KeyStore } from './token/key-store';
import type { TokenService } from './token/token.service';

/** Process-wide services the resolvers use (built once in main.ts). */
export interface Services {
  auth: AuthService;
  admin: AdminService;
  tokens: TokenService;
  keys: KeyStore;
  otp: OtpService;
  companies: CompanyRegistry;
}
