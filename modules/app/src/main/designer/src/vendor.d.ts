// Libraries of the bpmn.io family that ship without type declarations.
declare module 'bpmn-js-properties-panel';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'bpmn-js-bpmnlint';
declare module 'dmn-js/lib/Modeler';
declare module 'dmn-js-properties-panel';
declare module 'camunda-dmn-moddle/resources/camunda.json';
declare module 'camunda-bpmn-moddle/resources/camunda.json';

/** A bpmnlint configuration, compiled by rollup-plugin-bpmnlint at build time. */
declare module '*.bpmnlintrc' {
  const config: unknown;
  export default config;
}
declare module 'rollup-plugin-bpmnlint';
