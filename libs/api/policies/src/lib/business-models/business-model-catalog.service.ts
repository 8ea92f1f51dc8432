import { Injectable } from '@nestjs/common';
import { AnswerCache, type DataVersions } from '@salesdash/api/platform';
import { DataSource } from 'typeorm';
import type { BusinessModelType } from './business-model.types';

/** Reads the business models, retired ones included (they keep their data and still appear in KPI values). */
@Injectable()
export class BusinessModelCatalog {
  private readonly byVersion = new AnswerCache<readonly BusinessModelType[]>(4);

  constructor(private readonly dataSource: DataSource) {}

  /** Kept under the configuration's version when the caller has read the versions first. */
  list(versions?: DataVersions): Promise<readonly BusinessModelType[]> {
    const read = (): Promise<BusinessModelType[]> =>
      this.dataSource.query(
        `SELECT code, name, description, retired_at IS NOT NULL AS retired, retired_at AS "retiredAt"
         FROM business_model ORDER BY code`,
      );
    return versions ? this.byVersion.answer(versions.configuration, read) : read();
  }

  async codes(versions?: DataVersions): Promise<string[]> {
    return (await this.list(versions)).map((model) => model.code);
  }
}
