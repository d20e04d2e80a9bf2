import type { AuthDeps } from './account/auth.service';
import type { CompanyRegistry } from './integrations/company-registry';
import type { OtpService } from './otp/otp.service';
import type { KeyStore } from './token/key-store';
import type { TokenService } from './token/token.service';

/** Process-wide services the resolvers use (built once in main.ts). */
export interface Services {
  auth: AuthDeps;
  tokens: TokenService;
  keys: KeyStore;
  otp: OtpService;
  companies: CompanyRegistry;
}
