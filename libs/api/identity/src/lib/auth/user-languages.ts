import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isLanguage, type Language } from '@salesdash/shared/domain';

/** The dashboard language each person chose; none until they choose one. */
@Injectable()
export class UserLanguages {
  constructor(private readonly dataSource: DataSource) {}

  async languageOf(userId: string): Promise<Language | null> {
    const rows: { language: string | null }[] = await this.dataSource.query(
      'SELECT language FROM app_user WHERE user_id = $1',
      [userId],
    );
    const language = rows[0]?.language;
    return isLanguage(language) ? language : null;
  }

  async choose(userId: string, language: Language): Promise<void> {
    await this.dataSource.query('UPDATE app_user SET language = $2 WHERE user_id = $1', [userId, language]);
  }
}
