import type { JourneyStage } from '@salesdash/shared/domain';
import type { BusinessModel } from '../model';

export type Sentiment = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';
/** Moments that matter, grouped by what the customer is going through. */
export type Moment = 'SALES' | 'CLOSING' | 'ONBOARDING' | 'PAYOUT' | 'LOST' | 'COLLECTION' | 'RECOVERY';

type Pool = Readonly<Record<Sentiment, readonly string[]>>;
type ModelPools = Readonly<Record<BusinessModel | 'ANY', Partial<Pool>>>;

export function momentOf(stage: JourneyStage): Moment {
  switch (stage) {
    case 'WON':
      return 'CLOSING';
    case 'ONBOARDED':
      return 'ONBOARDING';
    case 'PAID_OUT':
      return 'PAYOUT';
    case 'LOST':
      return 'LOST';
    case 'DEFAULTED':
      return 'COLLECTION';
    default:
      return 'SALES';
  }
}

export function sentimentOf(csat: number): Sentiment {
  return csat >= 4 ? 'POSITIVE' : csat === 3 ? 'NEUTRAL' : 'NEGATIVE';
}

/** Comment sentences by moment and sentiment; model-specific ones add the business's colour. */
const COMMENTS: Readonly<Record<Moment, ModelPools>> = {
  SALES: {
    ANY: {
      POSITIVE: [
        'Friendly first contact, and they actually listened to what I need.',
        'Clear explanation of the options, no pressure at all.',
        'Got a call back the same day, very professional.',
      ],
      NEUTRAL: ['Okay so far, but I had to explain my situation twice.', 'Information was fine, though a bit generic.'],
      NEGATIVE: [
        'Nobody called back for days, even though I was promised "first thing tomorrow".',
        'Too many questions before anyone told me what it would cost.',
      ],
    },
    PREMIUM_FINANCING: {
      POSITIVE: [
        'The relationship manager prepared the meeting very well, including our group structure.',
        'Tailored proposal that fits our liquidity plan, not an off-the-shelf offer.',
      ],
      NEGATIVE: ['The term sheet took weeks and still missed our covenants.'],
    },
    CONSUMER_LOANS: {
      POSITIVE: ['The app calculator was easy, I knew my monthly rate in a minute.'],
      NEGATIVE: [
        'The website kept logging me out while I was filling in the form.',
        'Chat bot answers, no human – frustrating.',
      ],
    },
  },
  CLOSING: {
    ANY: {
      POSITIVE: ['Contract was clear and signing was quick.', 'Great advice, fair conditions – thank you!'],
      NEUTRAL: ['Conditions are okay, the contract is long, though.'],
      NEGATIVE: ['The final offer differed from what we had discussed, which is "not how trust works".'],
    },
    PREMIUM_FINANCING: {
      POSITIVE: ['Credit committee decision came exactly when promised.'],
    },
    CONSUMER_LOANS: {
      POSITIVE: ['Instant decision in the app, impressive.'],
    },
  },
  ONBOARDING: {
    ANY: {
      POSITIVE: ['Onboarding was smooth, every step was explained.'],
      NEUTRAL: ['Paperwork took a while, but the team kept me informed.'],
      NEGATIVE: [
        'So much paperwork – I sent the same documents three times.',
        'Identity check failed twice, nobody could tell me why.',
      ],
    },
    PREMIUM_FINANCING: {
      POSITIVE: ['Compliance questions were thorough, but our advisor coordinated everything.'],
      NEUTRAL: ['KYC for all our holding companies is tedious, understandable for this volume.'],
      NEGATIVE: ['Five weeks of compliance checks, and the collateral valuation was requested twice.'],
    },
    CONSUMER_LOANS: {
      POSITIVE: ['Video ident took five minutes, done.'],
      NEGATIVE: ['Upload of my payslip failed in the app, had to email it.'],
    },
  },
  PAYOUT: {
    ANY: {
      POSITIVE: ['Money arrived faster than expected.', 'Fast payout, exactly as promised.'],
      NEUTRAL: ['Payout was fine, the confirmation letter came later.'],
      NEGATIVE: [
        'Payout was delayed because "a document was missing" that I had already sent.',
        'Wrong IBAN on file, it took a week to fix.',
      ],
    },
    PREMIUM_FINANCING: {
      POSITIVE: ['Drawdown on the agreed date, well coordinated with our treasury.'],
    },
    CONSUMER_LOANS: {
      POSITIVE: ['Money was on my account the same evening, great!'],
    },
  },
  LOST: {
    ANY: {
      POSITIVE: ['Not the right product for me now, but the advice was honest.'],
      NEUTRAL: [
        'Went with another offer, yours was a bit more expensive.',
        'We postponed the project, nothing wrong with the service.',
      ],
      NEGATIVE: ['Took too long, I signed elsewhere.', 'The rate was much higher than advertised.'],
    },
    PREMIUM_FINANCING: {
      NEGATIVE: ['Another bank accepted our collateral structure, yours did not.'],
    },
    CONSUMER_LOANS: {
      NEGATIVE: ['Rejected without any explanation, not even an email.'],
    },
  },
  COLLECTION: {
    ANY: {
      POSITIVE: ['The collections team was understanding and offered a payment plan.'],
      NEUTRAL: ['Reminders were polite, but the fees add up.'],
      NEGATIVE: [
        'Three reminder letters in one week, that felt like harassment.',
        'Nobody picked up when I called to arrange a payment plan.',
      ],
    },
    PREMIUM_FINANCING: {},
    CONSUMER_LOANS: {},
  },
  RECOVERY: {
    ANY: {
      POSITIVE: [
        'Thanks for calling back and sorting it out so quickly.',
        'My complaint was taken seriously, the issue is fixed now.',
        'The team lead apologised and explained what went wrong – appreciated.',
      ],
    },
    PREMIUM_FINANCING: {
      POSITIVE: ['Our relationship manager came by personally to resolve it, thank you.'],
    },
    CONSUMER_LOANS: {
      POSITIVE: ['Support fixed it in the chat within minutes after my complaint.'],
    },
  },
};

/** The sentences that fit a model, moment and sentiment (general ones plus the model's own). */
export function commentsFor(model: BusinessModel, moment: Moment, sentiment: Sentiment): readonly string[] {
  const pools = COMMENTS[moment];
  return [...(pools.ANY[sentiment] ?? []), ...(pools[model][sentiment] ?? [])];
}
