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
/** Joins the text nodes of HTML for extraction, so that no reference is formed across two of them. */
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

/** The text nodes of an HTML fragment, in document order. */
function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node as Text);
    else for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return out;
}

function HtmlWithReferences({ html, className }: { html: string; className?: string }) {
  const root = useMemo(() => new DOMParser().parseFromString(html, 'text/html').body, [html]);
  const nodes = useMemo(() => textNodesOf(root), [root]);
  const pieces = useMemo(() => nodes.map((n) => n.data), [nodes]);
  const references = useReferences(pieces.join(SEPARATOR));
  const perPiece = referencesPerPiece(pieces, references.data?.references ?? [], SEPARATOR);
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
