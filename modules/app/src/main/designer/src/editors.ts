// The two editors: bpmn-js with Camunda 7 properties and bpmnlint, dmn-js with its properties panel.

import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaBpmnModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import DmnModeler from 'dmn-js/lib/Modeler';
import {
  CamundaPropertiesProviderModule,
  DmnPropertiesPanelModule,
  DmnPropertiesProviderModule,
} from 'dmn-js-properties-panel';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';
import lintConfig from '../.bpmnlintrc';
import { byElement, type LintIssue } from './problems';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';

export interface ImportOutcome {
  warnings: string[];
}

/** bpmn-js with the Camunda 7 properties (candidate groups, form fields, due dates, delegates). */
export class BpmnEditor {
  readonly modeler: BpmnModeler;
  private latestIssues: Record<string, LintIssue[]> = {};

  constructor(
    canvas: HTMLElement,
    properties: HTMLElement,
    onLint: (issues: Record<string, LintIssue[]>) => void,
  ) {
    this.modeler = new BpmnModeler({
      container: canvas,
      propertiesPanel: { parent: properties },
      linting: { bpmnlint: lintConfig, active: true },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        lintModule,
      ],
      moddleExtensions: { camunda: camundaBpmnModdle },
    });
    this.modeler.on('linting.completed', (event: { issues: Record<string, LintIssue[]> }) => {
      this.latestIssues = event.issues;
      onLint(event.issues);
    });
  }

  async open(xml: string): Promise<ImportOutcome> {
    const result = await this.modeler.importXML(xml);
    (this.modeler.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
    return {
      warnings: (result.warnings ?? []).map((w: unknown) =>
        String((w as { message?: string }).message ?? w),
      ),
    };
  }

  async xml(): Promise<string> {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml ?? '';
  }

  /** Lints now and resolves with the issues by element id. */
  async lint(): Promise<Record<string, LintIssue[]>> {
    const linting = this.modeler.get('linting') as { lint(): Promise<Record<string, LintIssue[]>> };
    this.latestIssues = byElement(await linting.lint());
    return this.latestIssues;
  }

  issues(): Record<string, LintIssue[]> {
    return this.latestIssues;
  }

  /** Selects an element and scrolls it into view; false when the diagram has no such element. */
  reveal(elementId: string): boolean {
    const registry = this.modeler.get('elementRegistry') as { get(id: string): unknown };
    const element = registry.get(elementId);
    if (!element) {
      return false;
    }
    (this.modeler.get('selection') as { select(e: unknown): void }).select(element);
    (this.modeler.get('canvas') as { scrollToElement(e: unknown): void }).scrollToElement(element);
    return true;
  }
}

interface DmnView {
  type: string;
  element: { id: string; name?: string };
}

/** dmn-js for decision tables, with a tab per view (requirements diagram, each table). */
export class DmnEditor {
  // dmn-js ships no types (vendor.d.ts declares the module only).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly modeler: any;

  constructor(
    canvas: HTMLElement,
    private readonly properties: HTMLElement,
    private readonly tabs: HTMLElement,
  ) {
    this.modeler = new DmnModeler({
      container: canvas,
      drd: {
        propertiesPanel: { parent: this.properties },
        additionalModules: [
          DmnPropertiesPanelModule,
          DmnPropertiesProviderModule,
          CamundaPropertiesProviderModule,
        ],
      },
      moddleExtensions: { camunda: camundaDmnModdle },
    });
    this.modeler.on('views.changed', () => this.renderTabs());
  }

  async open(xml: string): Promise<ImportOutcome> {
    const result = await this.modeler.importXML(xml);
    // Most of Beacon's decisions are single tables: open the first one rather than the diagram.
    const table = (this.modeler.getViews() as DmnView[]).find((v) => v.type === 'decisionTable');
    if (table) {
      await this.modeler.open(table);
    }
    this.renderTabs();
    return {
      warnings: (result.warnings ?? []).map((w: unknown) =>
        String((w as { message?: string }).message ?? w),
      ),
    };
  }

  async xml(): Promise<string> {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml ?? '';
  }

  /** Opens the view of an element (a decision's table, or the diagram); false when there is none. */
  reveal(elementId: string): boolean {
    const views = this.modeler.getViews() as DmnView[];
    const view =
      views.find((v) => v.element.id === elementId && v.type !== 'drd') ??
      views.find((v) => v.element.id === elementId);
    if (!view) {
      return false;
    }
    this.modeler.open(view);
    return true;
  }

  /** Shows the properties panel where it works: in the requirements diagram. */
  setVisible(visible: boolean): void {
    const active = this.modeler.getActiveView() as DmnView | undefined;
    this.properties.hidden = !visible || active?.type !== 'drd';
    this.tabs.hidden = !visible;
  }

  private renderTabs(): void {
    const active = this.modeler.getActiveView() as DmnView | undefined;
    this.properties.hidden = active?.type !== 'drd';
    this.tabs.replaceChildren(
      ...(this.modeler.getViews() as DmnView[]).map((view) => {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.className = 'tab' + (view === active ? ' active' : '');
        tab.textContent =
          view.type === 'drd'
            ? 'Decision requirements'
            : `${view.element.name || view.element.id} (table)`;
        tab.addEventListener('click', () => this.modeler.open(view));
        return tab;
      }),
    );
  }
}
