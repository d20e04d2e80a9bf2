import { createApp } from 'vue';
import urql from '@urql/vue';
import App from './App.vue';
import { createGraphClient } from '../shared/graph';
import { keepSessionFresh } from '../shared/keep-fresh';
import { i18n } from '../shared/i18n';
import '../shared/style.css';

const client = createGraphClient();
keepSessionFresh(client);
createApp(App).use(urql, client).use(i18n).mount('#app');
