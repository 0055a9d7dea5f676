/** Made at build time by scripts/form-runtime.ts. */
declare module 'virtual:form-runtime' {
  export const formRuntime: { script: string; style: string; fontRegular: string; fontBold: string };
}
