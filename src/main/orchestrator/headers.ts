/**
 * The headers every Orchestrator API request carries, in one place: JSON answers, the bearer
 * token when there is one, and on-premises the tenant (Cloud and Automation Suite carry the
 * tenant in the URL instead; reference orchestrator-api.md §1).
 */
export function orchestratorHeaders(connection: { deployment: string; tenant?: string }, token?: string): Record<string, string> {
  return {
    Accept: 'application/json',
    ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}),
    ...(connection.deployment === 'on-prem' && connection.tenant ? { 'X-UIPATH-TenantName': connection.tenant } : {}),
  };
}
