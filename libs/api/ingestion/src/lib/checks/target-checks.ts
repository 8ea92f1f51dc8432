import { fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, instantSql, literal, messageCaseSql, messageColumns, messageSql } from './bundle-check';

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
             ${messageColumns(
               messageCaseSql(
                 'u.display_name IS NULL',
                 messageSql('TARGET_REPLACED_IN_GRID_BY_SOMEONE', {
                   targetId: 'i.target_id',
                   at: instantSql('r.replaced_at'),
                 }),
                 messageSql('TARGET_REPLACED_IN_GRID', {
                   targetId: 'i.target_id',
                   by: 'u.display_name',
                   at: instantSql('r.replaced_at'),
                 }),
               ),
             )}
      FROM ${targets.staging} i
      JOIN target_replaced r ON r.target_id = i.target_id
      LEFT JOIN app_user u ON u.user_id = r.replaced_by`,
  },
];
