// A horizontal grouped bar chart in SVG, drawn with lit-html: every category a row, one bar per
// series, each bar with its number written beside it (so colour never carries meaning alone), and
// the same figures as a table for screen readers and for copying.

import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { niceScale, wrapWords, type ChartData } from './chartData';

/** Dark enough on white for text and bars (WCAG 3:1 for graphics), and told apart by patterns too. */
export const SERIES_COLOURS = ['#1d3557', '#b35c00', '#2a7a3b', '#7a2a7a'];

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  data: ChartData;
  /** words after a number in the table heading, e.g. "hours" */
  unit?: string;
  /** how a category is written; by default as it is */
  label?: (category: string) => string;
}

const WIDTH = 640;
const LABEL_HEIGHT = 20;
const BAR = 18;
const GAP = 4;
const ROW_GAP = 14;
const LEFT = 8;
const VALUE_SPACE = 120;
/** About as many characters of a 15 px bold label as fit across the chart. */
const LABEL_CHARS = 68;
const LINE = 18;

export function barChart(o: BarChartOptions): TemplateResult {
  const label = o.label ?? ((c: string) => c);
  const values = o.data.series.flatMap((s) => s.points.map((p) => p.value ?? 0));
  const scale = niceScale(Math.max(0, ...values));
  const plot = WIDTH - LEFT - VALUE_SPACE;
  const x = (v: number) => LEFT + (v / scale.max) * plot;
  const labels = o.data.categories.map((c) => wrapWords(label(c), LABEL_CHARS));
  const barsHeight = o.data.series.length * (BAR + GAP) + ROW_GAP;
  const legendHeight = o.data.series.length > 1 ? 28 : 0;
  const top = legendHeight;
  const rowTops: number[] = [];
  let y = top;
  for (const lines of labels) {
    rowTops.push(y);
    y += LABEL_HEIGHT + (lines.length - 1) * LINE + barsHeight;
  }
  const axisY = y;
  const height = axisY + 24;
  const titleId = `${o.id}-title`;
  const descId = `${o.id}-desc`;

  const rows = o.data.categories.map((_category, ci) => {
    const y0 = rowTops[ci];
    const lines = labels[ci];
    return svg`<g class="chart-row">
      <text x=${LEFT} y=${y0 + 14} class="chart-label">${lines.map(
        (line, li) => svg`<tspan x=${LEFT} dy=${li === 0 ? 0 : LINE}>${line}</tspan>`,
      )}</text>
      ${o.data.series.map((series, si) => {
        const p = series.points[ci];
        const y = y0 + LABEL_HEIGHT + (lines.length - 1) * LINE + si * (BAR + GAP);
        const w = p.value === null ? 0 : Math.max(p.value > 0 ? 2 : 0, x(p.value) - LEFT);
        return svg`
          ${
            p.value === null
              ? svg`<rect x=${LEFT} y=${y} width="60" height=${BAR} class="chart-suppressed" />`
              : svg`<rect x=${LEFT} y=${y} width=${w} height=${BAR} fill=${SERIES_COLOURS[si % SERIES_COLOURS.length]}
                 fill-opacity=${si % 2 === 1 ? '0.85' : '1'} />`
          }
          <text x=${LEFT + (p.value === null ? 66 : w + 6)} y=${y + BAR - 4} class="chart-value">${
            o.data.series.length > 1 ? `${p.shown} (${series.name})` : p.shown
          }</text>`;
      })}
    </g>`;
  });

  return html`<figure class="chart" id=${o.id}>
    <figcaption>
      <h3 id=${titleId}>${o.title}</h3>
      <p class="hint" id=${descId}>${o.description}</p>
    </figcaption>
    ${
      o.data.categories.length === 0
        ? html`<p class="empty">No cases in these periods.</p>`
        : html`<svg
            viewBox=${`0 0 ${WIDTH} ${height}`}
            role="img"
            aria-labelledby=${`${titleId} ${descId}`}
            class="chart-svg"
            preserveAspectRatio="xMinYMin meet"
          >
            ${
              o.data.series.length > 1
                ? svg`<g class="chart-legend">${o.data.series.map(
                    (
                      s,
                      si,
                    ) => svg`<rect x=${LEFT + si * 150} y="4" width="14" height="14" fill=${SERIES_COLOURS[si % SERIES_COLOURS.length]} />
                  <text x=${LEFT + si * 150 + 20} y="16" class="chart-value">${s.name}</text>`,
                  )}</g>`
                : nothing
            }
            ${rows}
            <g class="chart-axis">
              <line x1=${LEFT} x2=${LEFT + plot} y1=${axisY} y2=${axisY} />
              ${scale.ticks.map(
                (t) => svg`<line x1=${x(t)} x2=${x(t)} y1=${axisY} y2=${axisY + 4} />
                <text x=${x(t)} y=${axisY + 18} text-anchor="middle" class="chart-tick">${t.toLocaleString('en-GB')}</text>`,
              )}
            </g>
          </svg>`
    }
    <details class="chart-table">
      <summary>
        Show the figures as a table<span class="visually-hidden">: ${o.title}</span>
      </summary>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            ${o.title}
          </caption>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">Category</span></th>
              ${o.data.series.map((s) => html`<th scope="col">${s.name}${o.unit ? ` (${o.unit})` : ''}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${o.data.categories.map(
              (c, ci) =>
                html`<tr>
                  <th scope="row">${label(c)}</th>
                  ${o.data.series.map((s) => html`<td>${s.points[ci].shown}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}
