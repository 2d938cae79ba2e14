import type { MessageKey } from '@/lib/i18n/messages';
import type { ImportProblem } from '@/lib/import/types';
import { t } from '../../text';

/** The key of a message named by a code: `import_due` + `file-terms` → `import_due_file_terms` (keys take no hyphen). */
export const messageKey = (prefix: string, code: string): MessageKey => `${prefix}_${code.replace(/-/g, '_')}` as MessageKey;

/** A problem's sentence; the due-date note names its terms and their origin in the reader's language. */
export const problemMessage = (problem: ImportProblem): string => {
  const params = problem.params ?? [];
  if (problem.code === 'due-from-terms') {
    return t('import_problem_due_from_terms', params[0] ?? '', t(params[1] === 'eom' ? 'import_terms_eom' : 'import_terms_net'), t(messageKey('import_due', params[2])));
  }
  return t(messageKey('import_problem', problem.code), ...params);
};

/** "file › invoice › field: message", or "file: message" for what concerns the whole file. */
export const problemLine = (problem: ImportProblem): string =>
  problem.field === 'file' && !problem.invoice
    ? t('import_problem_file_line', problem.file, problemMessage(problem))
    : t('import_problem_line', problem.file, problem.invoice ?? '—', t(messageKey('import_field', problem.field)), problemMessage(problem));
