import { BoldOutlined, ItalicOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (html: string) => void;
  /** The accessible name of the editing area. */
  label: string;
  readOnly?: boolean;
}

/** Minutes as rich text: headings, bold, italic and lists (the server keeps only a small safe set of tags). */
export function RichTextEditor({ value, onChange, label, readOnly = false }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: false, codeBlock: false })],
    content: value,
    editable: !readOnly,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'meeting-editor-content',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
    }),
  });

  // A reloaded meeting (another device saved) replaces the content only when it really differs.
  useEffect(() => {
    if (editor && value !== editor.getHTML() && !(value === '' && editor.isEmpty)) {
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);
  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  const tool = (key: keyof NonNullable<typeof state>, text: string, run: () => void, icon?: ReactNode) => (
    <Button
      key={key}
      type={state?.[key] ? 'primary' : 'default'}
      aria-pressed={state?.[key] ?? false}
      icon={icon}
      onClick={run}
      disabled={readOnly}
    >
      {icon ? <span className="visually-hidden">{text}</span> : text}
    </Button>
  );

  return (
    <div className="meeting-editor">
      {readOnly ? null : (
        <Space
          wrap
          size={4}
          role="toolbar"
          aria-label={t('meetings.minutes.toolbar')}
          className="meeting-editor-toolbar"
        >
          {tool(
            'bold',
            t('meetings.minutes.bold'),
            () => editor?.chain().focus().toggleBold().run(),
            <BoldOutlined aria-hidden />,
          )}
          {tool(
            'italic',
            t('meetings.minutes.italic'),
            () => editor?.chain().focus().toggleItalic().run(),
            <ItalicOutlined aria-hidden />,
          )}
          {tool('h2', t('meetings.minutes.heading'), () =>
            editor?.chain().focus().toggleHeading({ level: 2 }).run(),
          )}
          {tool('h3', t('meetings.minutes.subheading'), () =>
            editor?.chain().focus().toggleHeading({ level: 3 }).run(),
          )}
          {tool(
            'bullet',
            t('meetings.minutes.bulletList'),
            () => editor?.chain().focus().toggleBulletList().run(),
            <UnorderedListOutlined aria-hidden />,
          )}
          {tool(
            'ordered',
            t('meetings.minutes.orderedList'),
            () => editor?.chain().focus().toggleOrderedList().run(),
            <OrderedListOutlined aria-hidden />,
          )}
        </Space>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
