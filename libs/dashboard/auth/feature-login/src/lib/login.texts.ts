/// <reference types="@angular/localize" />

/** Texts of the login page, kept together for translation. */
export const LOGIN_TEXTS = {
  title: $localize`:@@login.title:Sign in`,
  intro: $localize`:@@login.intro:Sales KPI shows the KPIs of your responsibility along the customer journey.`,
  email: $localize`:@@login.email:E-mail`,
  password: $localize`:@@login.password:Password`,
  submit: $localize`:@@login.submit:Sign in`,
  submitting: $localize`:@@login.submitting:Signing in…`,
  expired: $localize`:@@login.expired:Your session has expired. Please sign in again.`,
  demo: {
    title: $localize`:@@login.demo.title:Demo accounts`,
    intro: $localize`:@@login.demo.intro:This server runs with demo data. Pick an account to fill the form, then sign in.`,
    password: $localize`:@@login.demo.password:Password of every account`,
  },
  errors: {
    missing: $localize`:@@login.errors.missing:Enter your e-mail and password.`,
    INVALID_CREDENTIALS: $localize`:@@login.errors.INVALID_CREDENTIALS:E-mail or password is wrong.`,
    UNAVAILABLE: $localize`:@@login.errors.UNAVAILABLE:The server cannot be reached. Please try again.`,
  },
} as const;
