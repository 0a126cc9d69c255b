import { randomBytes } from 'node:crypto';

/** HTML pages of the sandbox Identity Server: sign-in, sign-out and errors. No external assets. */

export interface Page {
  html: string;
  /** Sent as Content-Security-Policy; only this page's own style and script may run. */
  csp: string;
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { width: min(22rem, 90vw); padding: 2rem; border: 1px solid GrayText; border-radius: 8px; }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  p.sub { margin: 0 0 1.25rem; color: GrayText; }
  label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
  input { box-sizing: border-box; width: 100%; padding: .5rem; font: inherit; }
  button { margin-top: 1.25rem; width: 100%; padding: .6rem; font: inherit; font-weight: 600; cursor: pointer; }
  [role=alert] { border-left: 4px solid #c62828; padding: .5rem .75rem; margin: 0 0 1rem; background: #c628281a; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem .75rem; word-break: break-word; }
  dt { font-weight: 600; }
`;

function page(title: string, body: string, script?: string): Page {
  const nonce = randomBytes(16).toString('base64');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
${script ? `<script nonce="${nonce}">${script}</script>` : ''}
</body>
</html>`;
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
  return { html, csp };
}

export function loginPage(input: { action: string; organization: string; clientName: string; username?: string; error?: string }): Page {
  const error = input.error ? `<p role="alert" id="login-error">${escapeHtml(input.error)}</p>` : '';
  const describedBy = input.error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  return page(
    'Sign in · UiPath Identity (sandbox)',
    `<h1>Sign in</h1>
<p class="sub">to ${escapeHtml(input.organization)} for ${escapeHtml(input.clientName)}</p>
${error}
<form method="post" action="${escapeHtml(input.action)}" autocomplete="on">
  <label for="username">Username or email</label>
  <input id="username" name="username" type="text" autocomplete="username" required autofocus value="${escapeHtml(input.username)}"${describedBy}>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
  <button type="submit">Sign in</button>
</form>`,
  );
}

/**
 * oidc-provider hands over its own form (id="op.logoutForm", with an xsrf field). With a valid
 * id_token_hint the page submits itself, as Identity Server signs out without asking then.
 */
export function logoutPage(input: { form: string; autoSubmit: boolean }): Page {
  const script = input.autoSubmit
    ? `var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();`
    : undefined;
  return page(
    'Sign out · UiPath Identity (sandbox)',
    `<h1>Sign out</h1>
<p class="sub">Do you want to sign out of the sandbox Identity Server?</p>
${input.form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>`,
    script,
  );
}

export function signedOutPage(clientName?: string): Page {
  return page(
    'Signed out · UiPath Identity (sandbox)',
    `<h1>You are signed out</h1>
<p class="sub">${clientName ? `You signed out of ${escapeHtml(clientName)}. ` : ''}You can close this window.</p>`,
  );
}

export function errorPage(out: Record<string, unknown>): Page {
  const rows = Object.entries(out)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return page(
    'Sign-in error · UiPath Identity (sandbox)',
    `<h1>Something went wrong</h1>
<p role="alert">${escapeHtml(out.error_description ?? out.error ?? 'The request could not be completed.')}</p>
<dl>${rows}</dl>`,
  );
}
