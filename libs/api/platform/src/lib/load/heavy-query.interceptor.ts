import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import { HeavyQueryGate } from './heavy-query-gate';

/** Runs the operation through the heavy-query gate: admitted, queued, or refused with TOO_BUSY. */
@Injectable()
export class HeavyQueryInterceptor implements NestInterceptor {
  constructor(private readonly gate: HeavyQueryGate) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return defer(() => this.gate.run(() => lastValueFrom(next.handle())));
  }
}
