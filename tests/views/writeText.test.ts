// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { writeText } from '../../src/views/writeText';

describe('writeText', () => {
  it('changes the text of the element’s one text node in place', () => {
    const element = document.createElement('p');
    writeText(element, '1.00');
    const node = element.firstChild;
    writeText(element, '2.50');
    expect(element.textContent).toBe('2.50');
    expect(element.firstChild).toBe(node);
    expect(element.childNodes).toHaveLength(1);
  });

  it('replaces other content with the text, as text (markup stays literal)', () => {
    const element = document.createElement('p');
    element.innerHTML = '<b>old</b> text';
    writeText(element, '<img src=x onerror=alert(1)>');
    expect(element.childNodes).toHaveLength(1);
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(element.querySelector('img')).toBeNull();
    writeText(null, 'nothing to write to');
  });
});
