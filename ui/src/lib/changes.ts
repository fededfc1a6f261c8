// When a change was made, as the interface's language writes a date and time. The fields and
// values of a change come in words from the core (`ChangeInWords`): the history panel, the
// notice of a change made elsewhere and the conflict notice show them as they are.
import { locales, type Lang } from './i18n';

export function changeWords(lang: Lang) {
  const when = (at: string) =>
    new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  return { when };
}
