import { useMessages } from '../i18n/LocaleContext';
import { hashForMode, LESSONS, type Mode } from './lessons';

/** The lessons, each one click away, with one sentence of what it shows. */
export function LessonGallery({ current }: { current: Mode }) {
  const m = useMessages();
  return (
    <nav className="ts-gallery" aria-label={m.lessonsNav}>
      <ul>
        {LESSONS.map((lesson) => (
          <li key={lesson.mode}>
            <a
              href={hashForMode(lesson.mode)}
              aria-current={lesson.mode === current ? 'page' : undefined}
            >
              <strong>{m[lesson.keys.title]}</strong>
              <span>{m[lesson.keys.shows]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
