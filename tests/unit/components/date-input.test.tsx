// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DateInput } from '@/components/DateInput';
import { setLanguage } from '@/lib/i18n/messages';
import { resetUiAfterEach } from '../ui';

describe('a date typed as text', () => {
  resetUiAfterEach();

  it('gives the date as YYYY-MM-DD and shows it as the dashboard writes dates', () => {
    const onChange = vi.fn();
    render(<DateInput id="due" value="" onChange={onChange} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '13/10/2026' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-10-13');
    fireEvent.blur(input);
    expect(input.value).toBe('13 Oct 2026');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('says when what was typed is not a date, and keeps it to be corrected', () => {
    const onChange = vi.fn();
    render(<DateInput id="due" value="" onChange={onChange} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '31/02/2026' } });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe('31/02/2026');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Not a date');
  });

  it('writes the date in French when the dashboard speaks French', () => {
    setLanguage('fr');
    render(<DateInput id="due" value="2026-10-01" onChange={() => undefined} />);
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toMatch(/^1(er)? oct\.? 2026$/);
  });
});
