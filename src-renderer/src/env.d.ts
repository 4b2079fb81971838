// Global stylesheets (tokens, reset, kit) are imported for their side effect. Component styles are
// CSS Modules (`Component.module.css` next to `Component.tsx`): their class names are scoped by Vite
// and read as `styles['class-name']`; test/static/css-modules.test.ts checks every name exists.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
declare module '*.css';
