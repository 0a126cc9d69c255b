/** Errors Baton's services make (Orchestrator calls, runs, catalog, jobs, the web host, dispatch, policy, the desktop host). */
export const serviceErrors = {} as const;
