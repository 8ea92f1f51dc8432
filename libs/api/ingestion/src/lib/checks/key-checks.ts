import { BUNDLE_FILES, fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, literal, messageColumns, messageSql } from './bundle-check';

/** Every later row of a file that repeats an id of an earlier row. */
const duplicateIdChecks: BundleCheck[] = BUNDLE_FILES.map((spec) => ({
  name: `duplicate ${spec.key}`,
  sql: `
    SELECT ${literal(spec.file)} AS file, i.line, ${literal(spec.key)} AS col,
           ${messageColumns(messageSql('DUPLICATE_ID', { id: `i.${spec.key}`, firstLine: 'd.first_line' }))}
    FROM ${spec.staging} i
    JOIN (SELECT ${spec.key}, min(line) AS first_line FROM ${spec.staging}
          WHERE ${spec.key} IS NOT NULL GROUP BY ${spec.key} HAVING count(*) > 1) d USING (${spec.key})
    WHERE i.line > d.first_line`,
}));

const users = fileSpecOf('app_user');

/** E-mails are unique case-insensitively, within the bundle and against stored users. */
const emailChecks: BundleCheck[] = [
  {
    name: 'duplicate email in bundle',
    sql: `
      SELECT ${literal(users.file)} AS file, i.line, 'email' AS col,
             ${messageColumns(messageSql('EMAIL_REPEATED_IN_BUNDLE', { email: 'i.email', firstLine: 'd.first_line' }))}
      FROM ${users.staging} i
      JOIN (SELECT lower(email) AS address, min(line) AS first_line FROM ${users.staging}
            WHERE email IS NOT NULL GROUP BY lower(email) HAVING count(*) > 1) d ON d.address = lower(i.email)
      WHERE i.line > d.first_line`,
  },
  {
    // A stored user that the bundle also holds gets the bundle's e-mail, so it cannot conflict.
    name: 'email of a stored user',
    sql: `
      SELECT ${literal(users.file)} AS file, i.line, 'email' AS col,
             ${messageColumns(messageSql('EMAIL_OF_STORED_USER', { email: 'i.email', userId: 'u.user_id' }))}
      FROM ${users.staging} i
      JOIN app_user u ON lower(u.email) = lower(i.email)
      WHERE u.user_id <> i.user_id
        AND NOT EXISTS (SELECT 1 FROM ${users.staging} replaced WHERE replaced.user_id = u.user_id)`,
  },
];

export const KEY_CHECKS: readonly BundleCheck[] = [...duplicateIdChecks, ...emailChecks];
