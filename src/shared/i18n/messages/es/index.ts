import type { Messages } from '../../catalog';
import { app } from './app';
import { common } from './common';
import { components } from './components';
import { processes } from './processes';
import { runs } from './runs';
import { jobs } from './jobs';
import { palette } from './palette';
import { about } from './about';
import { preferences } from './preferences';
import { signIn } from './sign-in';
import { account } from './account';
import { reminders } from './reminders';
import { robot } from './robot';
import { diagnostics } from './diagnostics';
import { connectivity } from './connectivity';
import { notifications } from './notifications';
import { errors } from './errors';
import { tray } from './tray';
import { cli } from './cli';
import { cliHelp } from './cli-help';
import { serviceErrors } from './service-errors';

export const messages: Messages = {
  app,
  common,
  components,
  processes,
  runs,
  jobs,
  palette,
  about,
  preferences,
  signIn,
  account,
  reminders,
  robot,
  diagnostics,
  connectivity,
  notifications,
  errors,
  tray,
  cli,
  cliHelp,
  serviceErrors,
};
