import type { HandlersFor } from '../../shared/api';
import type { DiagnosticsService } from './run-checks';

/** The diagnostics.* part of the contract. */
export function diagnosticsHandlers(diagnostics: DiagnosticsService): HandlersFor<'diagnostics'> {
  return { 'diagnostics.run': (params) => diagnostics.run(params) };
}
