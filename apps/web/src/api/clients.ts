import createClient from 'openapi-fetch';
import type { paths as IntakePaths } from './generated/intake';
import type { paths as ReportingPaths } from './generated/reporting';
import type { paths as WorkflowPaths } from './generated/workflow';
import { ApiError } from './api-error';
import { http } from './http';

// The services through the gateway, typed by their OpenAPI documents (npm run openapi generates ./generated).

export const intake = createClient<IntakePaths>({ baseUrl: `${window.location.origin}/api/intake`, fetch: http.send });
export const workflow = createClient<WorkflowPaths>({ baseUrl: `${window.location.origin}/api/workflow`, fetch: http.send });
export const reporting = createClient<ReportingPaths>({ baseUrl: `${window.location.origin}/api/reporting`, fetch: http.send });

/** The answer of a call (a refusal was already thrown by http.send as ApiError). */
export async function answer<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) {
    throw new ApiError({
      type: 'about:blank',
      status: response.status,
      code: 'http.empty',
      title: 'Fejl',
      detail: 'Serveren svarede uden indhold. Prøv igen.',
    });
  }
  return data;
}
