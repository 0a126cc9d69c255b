export { AccountMenu } from './account-menu';
export { describeAccount, describeProfile, secretStorageDescription, secretStorageLine, secretStorageNotice } from './account-summary';
export { ProblemMessage, SecretStorageNotice } from './problem-message';
export {
  SessionProvider,
  useSession,
  type ConnectFormRequest,
  type ProfileList,
  type Session,
  type SignInSecrets,
} from './session-provider';
