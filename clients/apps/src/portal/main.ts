import { createApp } from 'vue';
import urql from '@urql/vue';
import App from './App.vue';
import { createGraphClient } from '../shared/graph';
import { i18n } from '../shared/i18n';
import '../shared/style.css';

createApp(App).use(urql, createGraphClient()).use(i18n).mount('#app');
