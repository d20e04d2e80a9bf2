import { ref } from 'vue';

/** Hash routes (#/queue, #/demand/<id>): the apps are static files, any server can serve them. */
export const route = ref(location.hash.slice(1) || '/');
window.addEventListener('hashchange', () => (route.value = location.hash.slice(1) || '/'));
export const go = (path: string) => (location.hash = path);
