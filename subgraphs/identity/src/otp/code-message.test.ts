import { describe, expect, it } from 'vitest';
import { OtpPurpose } from './otp-challenge.entity';
import { codeMessage } from './otp.service';

describe('the consent SMS', () => {
  it('names the affiliate that asks', () => {
    expect(codeMessage(OtpPurpose.HOLDER_CONSENT, '123456', { affiliateName: 'Banque Démo du Bénin' })).toBe(
      "SIMVEB : « Banque Démo du Bénin » demande à agir pour votre véhicule. Donnez-lui ce code seulement si vous êtes d'accord : 123456.",
    );
  });

  it('keeps a long name written on several lines to one line of at most 60 characters', () => {
    const name = `Banque\n\nde crédit\t${' X'.repeat(100)}`;
    const text = codeMessage(OtpPurpose.HOLDER_CONSENT, '123456', { affiliateName: name });
    expect(text).not.toMatch(/\n/);
    const quoted = /« (.*) »/.exec(text)![1]!;
    expect(quoted.length).toBe(60);
    expect(quoted.endsWith('…')).toBe(true);
    expect(text.endsWith(': 123456.')).toBe(true);
  });

  it('says "un affilié" when the affiliate is not known', () => {
    expect(codeMessage(OtpPurpose.HOLDER_CONSENT, '123456', null)).toMatch(/^SIMVEB : un affilié demande à agir pour votre véhicule\./);
  });
});
