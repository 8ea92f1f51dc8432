import { fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, instantSql, literal, quotedSql } from './bundle-check';

const targets = fileSpecOf('target');

/**
 * A target row that a target grid save replaced (by its parts outside the edited months) may not come
 * back under its old id: it would count beside its parts, twice. The message says when and by whom.
 */
export const TARGET_CHECKS: readonly BundleCheck[] = [
  {
    name: 'target replaced in a target grid',
    sql: `
      SELECT ${literal(targets.file)} AS file, i.line, 'target_id' AS col,
             format('target %s was replaced when %s edited these targets in the dashboard on %s: its other months are stored as rows of their own, so importing it again would count them twice; give the row a new id, or leave it out',
                    ${quotedSql('i.target_id')}, coalesce(u.display_name, 'someone'), ${instantSql('r.replaced_at')}) AS message
      FROM ${targets.staging} i
      JOIN target_replaced r ON r.target_id = i.target_id
      LEFT JOIN app_user u ON u.user_id = r.replaced_by`,
  },
];
