/** Texts of the login page, kept together for translation. */
export const LOGIN_TEXTS = {
  title: 'Sign in',
  intro: 'Sales KPI shows the KPIs of your responsibility along the customer journey.',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  expired: 'Your session has expired. Please sign in again.',
  demo: {
    title: 'Demo accounts',
    intro: 'This server runs with demo data. Pick an account to fill the form, then sign in.',
    password: 'Password of every account',
    use: 'Use {role} ({email})',
  },
  errors: {
    missing: 'Enter your e-mail and password.',
    INVALID_CREDENTIALS: 'E-mail or password is wrong.',
    UNAVAILABLE: 'The server cannot be reached. Please try again.',
  },
} as const;
