import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../data/index.ts';
import {
  changeLanguage,
  LANGUAGES,
  LanguageUnavailableError,
  languageInfo,
  languageName,
  languagesStoredOffline,
  PLAIN_GERMAN,
  type LanguageCode,
} from '../i18n/index.ts';
import { CheckIcon, ExpandIcon, GlobeIcon } from './icons.tsx';
import { OfflineLanguages } from './OfflineLanguages.tsx';
import './language-menu.css';

/**
 * The language switch in the header of every screen: a disclosure button and a panel listing
 * each language in its own name (tap 1: open, tap 2: choose). Keyboard: Enter/Space opens, the
 * arrow keys move between languages, Escape closes and returns focus to the button.
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<LanguageCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<Set<string> | null>(null);
  const online = useOnline();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const current = languageInfo(i18n.language);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setError(null);
    if (returnFocus) toggle.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[aria-current="true"], .language-option')?.focus();
    void languagesStoredOffline().then(setStored, () => setStored(null));
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const choose = async (code: LanguageCode) => {
    if (code === i18n.language) return close(true);
    setBusy(code);
    setError(null);
    try {
      await changeLanguage(code);
      close(true);
    } catch (reason) {
      setError(t(reason instanceof LanguageUnavailableError ? 'language.unavailable' : 'language.failed'));
    } finally {
      setBusy(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
      return;
    }
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    const step = moves[event.key];
    if (step === undefined || !open) return;
    const options = [...(root.current?.querySelectorAll<HTMLElement>('.language-option') ?? [])];
    if (options.length === 0) return;
    event.preventDefault();
    const index = options.indexOf(document.activeElement as HTMLElement);
    const next = Number.isFinite(step)
      ? (index + step + options.length) % options.length
      : step < 0
        ? 0
        : options.length - 1;
    options[next]?.focus();
  };

  return (
    <div
      className="language-menu"
      ref={root}
      onKeyDown={onKeyDown}
      // Tabbing out of the panel closes it, as tapping outside does (a tap on the panel's text
      // moves focus nowhere: relatedTarget is null then, and the panel stays).
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open && next && !root.current?.contains(next)) close(false);
      }}
    >
      <button
        type="button"
        ref={toggle}
        className="language-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <GlobeIcon />
        <span lang={current.code} dir={current.dir}>
          {current.nativeName}
        </span>
        <span className="visually-hidden"> – {t('language.label')}</span>
        <ExpandIcon />
      </button>
      <div id={panelId} className="language-panel" hidden={!open}>
        <ul className="language-list" aria-label={t('language.list')}>
          {LANGUAGES.map((language) => {
            const selected = language.code === i18n.language;
            const unavailable = !online && stored !== null && !stored.has(language.code) && !selected;
            const local =
              language.code === PLAIN_GERMAN
                ? t('language.plainGerman')
                : languageName(language.code, i18n.language);
            return (
              <li key={language.code}>
                <button
                  type="button"
                  className="language-option"
                  aria-current={selected ? 'true' : undefined}
                  aria-busy={busy === language.code}
                  onClick={() => void choose(language.code)}
                >
                  {/* The name is isolated in its own direction; the cell keeps the screen's alignment. */}
                  <span className="language-native">
                    <bdi lang={language.code} dir={language.dir}>
                      {language.nativeName}
                    </bdi>
                  </span>
                  {local !== language.nativeName && <span className="language-local">{local}</span>}
                  {unavailable && <span className="language-note">{t('language.notStored')}</span>}
                  {busy === language.code && <span className="language-note">{t('language.loading')}</span>}
                  {selected && <CheckIcon />}
                </button>
              </li>
            );
          })}
        </ul>
        {error && (
          <p className="language-error" role="alert">
            {error}
          </p>
        )}
        {open && <OfflineLanguages online={online} onStored={setStored} />}
      </div>
    </div>
  );
}
