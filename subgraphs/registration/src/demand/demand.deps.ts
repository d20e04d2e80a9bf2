import type { CodeAttempts } from '../print-order/code-attempts';
import type { JWTVerifyGetKey } from 'jose';
import type { VehicleRegistry } from '../integrations/vehicle-registry';
import type { PartyDirectory } from '../integrations/party-directory';

export interface DemandDeps {
  keys: JWTVerifyGetKey;
  vehicles: VehicleRegistry;
  /** Whether an active pledge refuses a sale and a mutation (PLEDGE_BLOCKS_SALE). */
  pledgeBlocksSale: boolean;
  /** HMAC secret of the register (holder codes of print orders). */
  signingSecret?: string;
  /** How long a tinted-window authorisation runs (TINTED_WINDOW_VALIDITY_DAYS). */
  tintedValidityDays?: number;
  /** Printers' holder-code attempts, spent outside the step's transaction (absent: no printer can mark a plate printed). */
  codeAttempts?: CodeAttempts;
  /** Tells persons from companies, for pricing (absent: every applicant priced as a person). */
  parties?: PartyDirectory;
}
