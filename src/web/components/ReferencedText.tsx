import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { createElement, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReference } from '../../contracts/documents';
import { apiPost } from '../app/api';
import { hasModule, useMe } from '../app/auth';
import { canWriteDocuments } from '../features/documents/api';
import { referencesPerPiece, splitByReferences, textHash } from './referenceSegments';

type Props =
  | { text: string; html?: undefined; className?: string }
  | { html: string; text?: undefined; className?: string };

/** Tags of the server's minutes sanitiser; anything else is shown as its text only. */
const allowedTags = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'blockquote',
]);
/** Joins the text of two blocks of HTML for extraction. */
const SEPARATOR = '\n';

function useReferences(text: string) {
  const me = useMe();
  return useQuery({
    queryKey: ['documents', 'references', textHash(text)],
    queryFn: () =>
      apiPost<{ references: DocumentReference[] }>('/api/documents/extract-references', { text }),
    enabled: text.trim() !== '' && hasModule(me, 'documents'),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

function ReferenceLink({ reference, children }: { reference: DocumentReference; children: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (reference.documentId) {
    return (
      <Link to="/documents/$documentId" params={{ documentId: reference.documentId }}>
        {children}
      </Link>
    );
  }
  const hint = t('documents.references.missing');
  if (!canWriteDocuments(me)) {
    return (
      <span className="reference-missing" title={hint}>
        {children}
      </span>
    );
  }
  return (
    <Link
      to="/documents/new"
      search={{
        direction: 'incoming',
        number: reference.number,
        type: reference.type ?? undefined,
        issuer: reference.issuer,
        date: reference.date,
      }}
      className="reference-missing"
      title={hint}
      aria-label={t('documents.references.missingLink', { raw: children })}
    >
      {children}
    </Link>
  );
}

function linked(text: string, refs: readonly DocumentReference[], keyPrefix: string): ReactNode[] {
  return splitByReferences(text, refs).map((segment, index) =>
    segment.ref ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text, never reordered
      <ReferenceLink key={`${keyPrefix}-${index}`} reference={segment.ref}>
        {segment.text}
      </ReferenceLink>
    ) : (
      segment.text
    ),
  );
}

const blockTags = new Set(['p', 'h2', 'h3', 'li', 'ul', 'ol', 'blockquote', 'div', 'br']);

/**
 * The text nodes of an HTML fragment in document order, with what joins each to the next for extraction: a
 * line break across block boundaries and <br>, nothing inside running text (so "số <b>57-NQ/TW</b>" reads as
 * one reference).
 */
function textNodesOf(root: Node): { nodes: Text[]; separators: string[] } {
  const nodes: Text[] = [];
  const separators: string[] = [];
  let broken = false;
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (nodes.length > 0) separators.push(broken ? SEPARATOR : '');
      nodes.push(node as Text);
      broken = false;
      return;
    }
    const block =
      node.nodeType === Node.ELEMENT_NODE && blockTags.has((node as Element).tagName.toLowerCase());
    if (block) broken = true;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) broken = true;
  };
  walk(root);
  return { nodes, separators };
}

function HtmlWithReferences({ html, className }: { html: string; className?: string }) {
  const root = useMemo(() => new DOMParser().parseFromString(html, 'text/html').body, [html]);
  const { nodes, separators } = useMemo(() => textNodesOf(root), [root]);
  const pieces = useMemo(() => nodes.map((n) => n.data), [nodes]);
  const joined = pieces.reduce(
    (text, piece, i) => (i === 0 ? piece : text + (separators[i - 1] ?? '') + piece),
    '',
  );
  const references = useReferences(joined);
  const perPiece = referencesPerPiece(pieces, references.data?.references ?? [], separators);
  const indexOf = new Map(nodes.map((node, index) => [node, index]));

  // Rebuilt as React elements from an allow-list of tags without attributes: nothing of the HTML is injected.
  const render = (node: Node, key: string): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) {
      const index = indexOf.get(node as Text) ?? -1;
      return linked((node as Text).data, perPiece[index] ?? [], key);
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const children = Array.from(node.childNodes).map((child, i) => render(child, `${key}.${i}`));
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') return <br key={key} />;
    return allowedTags.has(tag) ? createElement(tag, { key }, ...children) : children;
  };

  return (
    <div className={className}>{Array.from(root.childNodes).map((child, i) => render(child, `n${i}`))}</div>
  );
}

function TextWithReferences({ text, className }: { text: string; className?: string }) {
  const references = useReferences(text);
  return (
    <div className={['referenced-text', className].filter(Boolean).join(' ')}>
      {linked(text, references.data?.references ?? [], 't')}
    </div>
  );
}

/**
 * Text (a document's body) or sanitised HTML (meeting minutes) with every Party document reference in it as a
 * link: to the registry entry when there is one in reach, else a dashed "not in the registry yet" link to the
 * form that registers it. While the references load, or when they cannot be had, the text shows without links.
 */
export function ReferencedText(props: Props) {
  if (props.html !== undefined) return <HtmlWithReferences html={props.html} className={props.className} />;
  return <TextWithReferences text={props.text} className={props.className} />;
}
