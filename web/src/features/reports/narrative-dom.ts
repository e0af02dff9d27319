import {
  narrativeBlocks,
  sanitizeNarrativeBasic,
  type NarrativeBlock,
  type NarrativeRun,
} from '../../../../shared/reports/index.ts';

/**
 * The narrative editor's bridge between its stored HTML and the editable DOM. The DOM is built
 * with createElement and text nodes only — never from an HTML string — so nothing a user pastes
 * can run, and the app's Trusted Types policy (which refuses HTML sinks) is never needed.
 */
function runNodes(run: NarrativeRun): Node[] {
  const nodes: Node[] = [];
  run.text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push(document.createElement('br'));
    if (line) nodes.push(document.createTextNode(line));
  });
  let wrapped: Node[] = nodes;
  if (run.bold) {
    const strong = document.createElement('strong');
    strong.append(...wrapped);
    wrapped = [strong];
  }
  if (run.href) {
    const link = document.createElement('a');
    link.href = run.href;
    link.append(...wrapped);
    wrapped = [link];
  }
  return wrapped;
}

export function blockNodes(blocks: NarrativeBlock[]): Node[] {
  return blocks.map((block) => {
    if (block.kind === 'paragraph') {
      const p = document.createElement('p');
      p.append(...block.runs.flatMap(runNodes));
      return p;
    }
    const list = document.createElement(block.ordered ? 'ol' : 'ul');
    for (const item of block.items) {
      const li = document.createElement('li');
      li.append(...item.flatMap(runNodes));
      list.append(li);
    }
    return list;
  });
}

export function fillEditable(container: HTMLElement, html: string): void {
  const nodes = blockNodes(narrativeBlocks(html));
  // An empty editor still needs a paragraph for the caret to land in.
  container.replaceChildren(...(nodes.length ? nodes : [paragraphWithBreak()]));
}

function paragraphWithBreak(): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(document.createElement('br'));
  return p;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function isBold(element: HTMLElement): boolean {
  if (element.tagName === 'B' || element.tagName === 'STRONG') return true;
  const weight = element.style?.fontWeight;
  return weight === 'bold' || Number(weight) >= 600;
}

/** Reads the edited DOM back into canonical narrative HTML. */
export function readEditable(container: HTMLElement): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
    if (!(node instanceof HTMLElement)) return '';
    const inner = [...node.childNodes].map(walk).join('');
    switch (node.tagName) {
      case 'P':
      case 'DIV':
        return `<p>${inner}</p>`;
      case 'UL':
      case 'OL':
      case 'LI':
        return `<${node.tagName.toLowerCase()}>${inner}</${node.tagName.toLowerCase()}>`;
      case 'BR':
        return '<br>';
      case 'A': {
        const href = node.getAttribute('href') ?? '';
        return `<a href="${escapeText(href).replace(/"/g, '&quot;')}">${inner}</a>`;
      }
      default:
        return isBold(node) ? `<strong>${inner}</strong>` : inner;
    }
  };
  return sanitizeNarrativeBasic([...container.childNodes].map(walk).join(''));
}

/** Pasted HTML (or text) as DOM nodes of the allowed kinds, ready to insert at the caret. */
export function pastedNodes(data: DataTransfer): Node[] {
  const html = data.getData('text/html');
  if (html) return blockNodes(narrativeBlocks(sanitizeNarrativeBasic(html)));
  const text = data.getData('text/plain');
  const paragraphs = text.split(/\r?\n\s*\r?\n/).filter((part) => part.trim());
  if (paragraphs.length <= 1) return text ? [document.createTextNode(text.replace(/\r?\n/g, ' '))] : [];
  return paragraphs.map((part) => {
    const p = document.createElement('p');
    p.textContent = part.replace(/\r?\n/g, ' ');
    return p;
  });
}

export const SAFE_URL = /^(https?:\/\/\S+|mailto:\S+@\S+)$/i;
