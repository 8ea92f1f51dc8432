import { paddedId } from '../ids';
import type { LeadSeed } from '../lead-flow';
import type { Deal } from '../model';
import { profileOf } from '../profiles';
import type { Rng } from '../random';

interface Customer {
  readonly id: string;
  readonly segment: string;
}

/**
 * Turns lead seeds into deals with stable ids in creation order. Some leads come from existing
 * customers of the same rep (advisors keep their clients), who keep their segment.
 */
export class DealFactory {
  private deals = 0;
  private customers = 0;
  private readonly customersBySeat = new Map<string, Customer[]>();

  constructor(private readonly rng: Rng) {}

  create(seed: LeadSeed): Deal {
    const profile = profileOf(seed.model);
    const customer = this.customerFor(seed);
    return {
      id: paddedId('D', ++this.deals, 6),
      model: seed.model,
      rep: seed.rep,
      customerId: customer.id,
      createdAt: seed.createdAt,
      amountCents: profile.amountCents(this.rng, customer.segment),
      segment: customer.segment,
      sourceTouchpoint: this.rng.weighted(profile.sourceTouchpoints),
    };
  }

  private customerFor(seed: LeadSeed): Customer {
    const profile = profileOf(seed.model);
    const seat = `${seed.rep.id}|${seed.model}`;
    let known = this.customersBySeat.get(seat);
    if (!known) {
      known = [];
      this.customersBySeat.set(seat, known);
    }
    if (known.length > 0 && this.rng.chance(profile.repeatCustomerShare)) {
      return this.rng.pick(known);
    }
    const customer = {
      id: paddedId('C', ++this.customers, 6),
      segment: this.rng.weighted(profile.segments),
    };
    known.push(customer);
    return customer;
  }
}
