export { createFaultRules, faultRuleInput, type FaultRule, type FaultRuleInput, type FaultRules } from './fault-rules';
export { createRequestLog, type RequestLog } from './request-log';
export { createAdminApi, ADMIN_PREFIX } from './admin-api';
