export { createNotificationService, type NotificationService, type NotificationServiceDeps } from './notification-service';
export { createReminderAnswers, type ReminderAnswerDeps } from './reminder-answers';
export {
  decideCatchUp,
  decideReminder,
  decideRobotChange,
  decideRunEnd,
  decideSessionChange,
  isKindAllowed,
  type NotificationDraft,
} from './notification-rules';
