import { useLayoutEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fillEditable, pastedNodes, readEditable, SAFE_URL } from './narrative-dom.ts';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (html: string) => void;
  readOnly?: boolean;
}

/**
 * Limited rich text (paragraphs, bold, lists, links) in a contenteditable region. Formatting uses
 * the browser's editing commands; pasted content is reduced to the allowed tags before it is
 * inserted, and the stored value is always the canonical, sanitised HTML.
 */
export function NarrativeEditor({ id, label, hint, value, onChange, readOnly = false }: Props) {
  const { t } = useTranslation('reports');
  const editor = useRef<HTMLDivElement>(null);
  const emitted = useRef<string | null>(null);
  const savedRange = useRef<Range | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState('https://');
  const [urlError, setUrlError] = useState(false);

  // Rebuild the DOM only for a value that did not come from this editor (load, "take theirs").
  useLayoutEffect(() => {
    if (!editor.current || value === emitted.current) return;
    fillEditable(editor.current, value);
    emitted.current = value;
  }, [value]);

  const emit = () => {
    if (!editor.current || readOnly) return;
    const html = readEditable(editor.current);
    if (html === emitted.current) return;
    emitted.current = html;
    onChange(html);
  };

  const command = (name: 'bold' | 'insertUnorderedList' | 'insertOrderedList') => {
    editor.current?.focus();
    document.execCommand(name, false);
    emit();
  };

  const rangeInEditor = (): Range | null => {
    const selection = window.getSelection();
    if (!selection?.rangeCount) return null;
    const range = selection.getRangeAt(0);
    return editor.current?.contains(range.commonAncestorContainer) ? range : null;
  };

  const restoreRange = (range: Range | null) => {
    editor.current?.focus();
    if (!range) return;
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    const nodes = pastedNodes(event.clipboardData);
    const range = rangeInEditor();
    if (!range || !nodes.length) return;
    range.deleteContents();
    const fragment = document.createDocumentFragment();
    fragment.append(...nodes);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      restoreRange(range);
    }
    emit();
  };

  const openLink = () => {
    savedRange.current = rangeInEditor()?.cloneRange() ?? null;
    setUrl('https://');
    setUrlError(false);
    setLinkOpen(true);
  };

  const insertLink = (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (!SAFE_URL.test(address)) {
      setUrlError(true);
      return;
    }
    const range = savedRange.current;
    restoreRange(range);
    if (range && !range.collapsed) {
      document.execCommand('createLink', false, address);
    } else {
      const link = document.createElement('a');
      link.href = address;
      link.textContent = address;
      if (range) range.insertNode(link);
      else editor.current?.lastElementChild?.append(link);
    }
    setLinkOpen(false);
    emit();
  };

  return (
    <div className="narrative-editor">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <p className="form-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {!readOnly && (
        <div className="narrative-toolbar" role="group" aria-label={t('narrative.toolbar')}>
          {/* mousedown would take the selection out of the text; keep it there. */}
          <button
            type="button"
            className="secondary"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => command('bold')}
          >
            <strong>{t('narrative.bold')}</strong>
          </button>
          <button
            type="button"
            className="secondary"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => command('insertUnorderedList')}
          >
            {t('narrative.bulletList')}
          </button>
          <button
            type="button"
            className="secondary"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => command('insertOrderedList')}
          >
            {t('narrative.numberedList')}
          </button>
          <button
            type="button"
            className="secondary"
            onMouseDown={(e) => e.preventDefault()}
            onClick={openLink}
          >
            {t('narrative.link')}
          </button>
        </div>
      )}
      {linkOpen && (
        <form className="link-form" onSubmit={insertLink}>
          <label htmlFor={`${id}-url`}>{t('narrative.linkUrl')}</label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            autoFocus
            aria-invalid={urlError || undefined}
            aria-describedby={urlError ? `${id}-url-error` : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          {urlError && (
            <p className="form-error" id={`${id}-url-error`} role="alert">
              {t('narrative.invalidUrl')}
            </p>
          )}
          <div className="button-row">
            <button type="submit">{t('narrative.insertLink')}</button>
            <button type="button" className="secondary" onClick={() => setLinkOpen(false)}>
              {t('narrative.cancel')}
            </button>
          </div>
        </form>
      )}
      <div
        id={id}
        ref={editor}
        className="narrative-input"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        aria-readonly={readOnly || undefined}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        tabIndex={0}
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        onInput={emit}
        onBlur={emit}
        onPaste={onPaste}
      />
    </div>
  );
}
