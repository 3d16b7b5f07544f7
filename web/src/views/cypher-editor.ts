// CodeMirror 6 editor for Cypher: highlighting from the legacy Cypher stream
// mode, completion of labels, relationship types and property keys from the
// graph's schema, Ctrl/Cmd-Enter to run.
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { basicSetup } from 'codemirror';
import { StreamLanguage } from '@codemirror/language';
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import type { SchemaInfo } from '../../shared/api.js';

const KEYWORDS = [
  'MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'DISTINCT', 'UNWIND', 'AS', 'AND', 'OR', 'NOT',
  'IN', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', 'IS NULL', 'IS NOT NULL', 'COUNT', 'COLLECT', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END',
  'DESC', 'ASC', 'UNION', 'EXISTS', 'type', 'labels', 'keys', 'properties', 'size', 'toLower', 'toUpper', 'coalesce', 'nodes', 'relationships',
];

/** Completion from the schema: `:` offers labels and relationship types, `.` offers property keys. */
export function schemaCompletion(getSchema: () => SchemaInfo | null) {
  return (context: CompletionContext): CompletionResult | null => {
    const schema = getSchema();
    const afterColon = context.matchBefore(/:\s*`?[\w]*$/);
    if (afterColon && schema) {
      const start = afterColon.from + afterColon.text.search(/[\w`]|$/);
      const inRelationship = /\[[^\]]*$/.test(context.state.sliceDoc(Math.max(0, afterColon.from - 80), afterColon.from + 1));
      const options = [
        ...(inRelationship ? [] : schema.labels.map((label) => ({ label, type: 'class', detail: 'label' }))),
        ...schema.relationshipTypes.map((label) => ({ label, type: 'type', detail: 'relationship', boost: inRelationship ? 1 : -1 })),
      ];
      return { from: start, options, validFor: /^[\w`]*$/ };
    }
    const afterDot = context.matchBefore(/\.\w*$/);
    if (afterDot && schema) {
      return { from: afterDot.from + 1, options: schema.propertyKeys.map((label) => ({ label, type: 'property' })), validFor: /^\w*$/ };
    }
    const word = context.matchBefore(/\w+$/);
    if (!word && !context.explicit) return null;
    return {
      from: word ? word.from : context.pos,
      options: KEYWORDS.map((label) => ({ label, type: 'keyword' })),
      validFor: /^\w*$/,
    };
  };
}

export interface CypherEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
}

export function createCypherEditor(parent: HTMLElement, options: { initial: string; getSchema: () => SchemaInfo | null; onChange: (text: string) => void; onRun: () => void }): CypherEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.initial,
      extensions: [
        keymap.of([
          { key: 'Mod-Enter', run: () => (options.onRun(), true) },
          { key: 'Shift-Enter', run: () => (options.onRun(), true) },
        ]),
        basicSetup,
        StreamLanguage.define(cypher),
        autocompletion({ override: [schemaCompletion(options.getSchema)] }),
        placeholder('MATCH (r:Resolution) RETURN r.symbol LIMIT 10'),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'data-testid': 'cypher-input' }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
  };
}
