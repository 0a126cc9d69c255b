export { applyPolicy, createPolicyGuard, type PolicyGuard } from './apply-policy';
export { loadMachinePolicy } from './load-machine-policy';
export { describePolicy, loadPolicy, type LoadedPolicy } from './load-policy';
export { defaultPolicyPath } from './policy-path';
export {
  EMPTY_POLICY,
  policySchema,
  policyStatusSchema,
  presetProfileSchema,
  type Policy,
  type PolicyStatus,
  type PresetProfile,
} from './policy-schema';
export { guardHandlers, policyHandlers } from './handlers';
