import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BusinessModelType } from './business-model.types';

/** Reads the business models, retired ones included (they keep their data and still appear in KPI values). */
@Injectable()
export class BusinessModelCatalog {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<BusinessModelType[]> {
    return this.dataSource.query(
      `SELECT code, name, description, retired_at IS NOT NULL AS retired, retired_at AS "retiredAt"
       FROM business_model ORDER BY code`,
    );
  }

  async codes(): Promise<string[]> {
    return (await this.list()).map((model) => model.code);
  }
}
