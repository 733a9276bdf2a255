// Beacon's API described for people: Swagger UI (from the npm package swagger-ui-dist, bundled
// here, nothing from a CDN) over the live /openapi document, which only administrators may read.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';
import { documentFor, refusal } from './document';

const main = document.getElementById('api-docs') as HTMLElement;

async function show(): Promise<void> {
  const answer = await fetch('/openapi?format=json', {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (!answer.ok) {
    main.textContent = refusal(answer.status);
    return;
  }
  main.textContent = '';
  SwaggerUIBundle({
    spec: documentFor(await answer.json(), window.location.origin),
    domNode: main,
    deepLinking: true,
  });
}

show().catch(() => {
  main.textContent = 'The API description could not be loaded. Try again later.';
});
