import { createI18n } from 'vue-i18n';
import { fr } from './messages/fr';
import { en } from './messages/en';

/** French first (the country's language), English on request; the choice is kept per browser. */
export const i18n = createI18n({ legacy: false, locale: localStorage.getItem('simveb.locale') ?? 'fr', fallbackLocale: 'fr', messages: { fr, en } });
