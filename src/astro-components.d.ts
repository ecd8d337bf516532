/**
 * Lets plain `tsc` type-check a .ts file that imports a component (src/components/content/
 * index.ts does); `astro check` reads the components' own props.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
