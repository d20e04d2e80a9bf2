// Single-file components are compiled by Vite; to TypeScript each is a Vue component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
