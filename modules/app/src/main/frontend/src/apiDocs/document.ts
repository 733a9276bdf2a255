/** The document as Swagger UI should show it: "Try it out" calls this server, wherever it runs. */
export function documentFor(
  document: Record<string, unknown>,
  origin: string,
): Record<string, unknown> {
  return { ...document, servers: [{ url: origin, description: 'This Beacon' }] };
}

/** What to tell someone the server did not give the document to. */
export function refusal(status: number): string {
  if (status === 401) {
    return 'Sign in to Beacon as an administrator first, then reload this page.';
  }
  if (status === 403) {
    return 'Only administrators may read the API description.';
  }
  return `The API description could not be loaded (HTTP ${status}).`;
}
