// Calls to the JSON API; a failed call throws the server's own error message.
async function parse(response: Response): Promise<unknown> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new Error(`${response.status} ${response.statusText}: the server did not answer with JSON`);
  }
  if (!response.ok) {
    const message = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : response.statusText;
    throw new Error(message);
  }
  return body;
}

export async function getJson(url: string): Promise<unknown> {
  return parse(await fetch(url, { headers: { accept: 'application/json' } }));
}

export async function postJson(url: string, body: unknown): Promise<unknown> {
  return parse(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}
