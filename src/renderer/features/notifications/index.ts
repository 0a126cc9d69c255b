import './notifications.css';
export { NotificationCenter } from './notification-center';
