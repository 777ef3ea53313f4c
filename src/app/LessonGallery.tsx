import { hashForMode, LESSONS, type Mode } from './lessons';

/** The lessons, each one click away, with one sentence of what it shows. */
export function LessonGallery({ current }: { current: Mode }) {
  return (
    <nav className="ts-gallery" aria-label="Lessons">
      <ul>
        {LESSONS.map((lesson) => (
          <li key={lesson.mode}>
            <a
              href={hashForMode(lesson.mode)}
              aria-current={lesson.mode === current ? 'page' : undefined}
            >
              <strong>{lesson.title}</strong>
              <span>{lesson.shows}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
