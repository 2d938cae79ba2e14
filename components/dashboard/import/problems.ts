import type { MessageKey } from '@/lib/i18n/messages';
import type { ImportProblem } from '@/lib/import/types';
import { t } from '../../text';

/** A problem's sentence; the due-date note names its terms and their origin in the reader's language. */
export const problemMessage = (problem: ImportProblem): string => {
  const params = problem.params ?? [];
  if (problem.code === 'due-from-terms') {
    return t('import_problem_due-from-terms', params[0] ?? '', t(params[1] === 'eom' ? 'import_terms_eom' : 'import_terms_net'), t(`import_due_${params[2]}` as MessageKey));
  }
  return t(`import_problem_${problem.code}` as MessageKey, ...params);
};

/** "file › invoice › field: message", or "file: message" for what concerns the whole file. */
export const problemLine = (problem: ImportProblem): string =>
  problem.field === 'file' && !problem.invoice
    ? t('import_problem_file_line', problem.file, problemMessage(problem))
    : t('import_problem_line', problem.file, problem.invoice ?? '—', t(`import_field_${problem.field}` as MessageKey), problemMessage(problem));
