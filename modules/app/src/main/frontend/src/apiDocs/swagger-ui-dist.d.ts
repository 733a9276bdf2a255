// swagger-ui-dist ships no type declarations; this is the part of its bundle Beacon uses.
declare module 'swagger-ui-dist/swagger-ui-es-bundle.js' {
  interface SwaggerUIOptions {
    spec?: Record<string, unknown>;
    url?: string;
    domNode?: HTMLElement;
    dom_id?: string;
    deepLinking?: boolean;
  }
  const SwaggerUIBundle: (options: SwaggerUIOptions) => unknown;
  export default SwaggerUIBundle;
}
