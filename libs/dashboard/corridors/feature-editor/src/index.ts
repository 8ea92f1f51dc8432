export * from './lib/corridor-editor-page/corridor-editor-page';
export { CORRIDOR_EDITOR_TEXTS } from './lib/corridor-editor.texts';
