// Baton's stylesheets lay out for both directions (docs/i18n.md, "Right to left"): a physical
// left/right property stays put when the page turns right-to-left, so the renderer's CSS uses
// the logical ones (margin-inline-start, inset-inline-end, border-inline-start, text-align: start).

/** Physical property → its logical replacement (a suggestion in the message). */
const PHYSICAL = [
  [/^(margin|padding|scroll-margin|scroll-padding)-left$/, '$1-inline-start'],
  [/^(margin|padding|scroll-margin|scroll-padding)-right$/, '$1-inline-end'],
  [/^border-left(-(width|style|color))?$/, 'border-inline-start$1'],
  [/^border-right(-(width|style|color))?$/, 'border-inline-end$1'],
  [/^border-(top|bottom)-left-radius$/, 'border-$1-start-radius (border-start-start-radius / border-end-start-radius)'],
  [/^border-(top|bottom)-right-radius$/, 'border-$1-end-radius (border-start-end-radius / border-end-end-radius)'],
  [/^left$/, 'inset-inline-start'],
  [/^right$/, 'inset-inline-end'],
];
/** Properties whose left/right values are physical. */
const VALUE_PROPERTIES = new Set(['text-align', 'float', 'clear', 'caption-side', 'resize']);

/** @type {import('eslint').Rule.RuleModule} */
export const logicalPropertiesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuses physical left/right CSS properties and values: use logical ones, so right-to-left lays out too.' },
    messages: {
      property: '"{{property}}" stays on the {{side}} in right-to-left languages: use {{logical}}.',
      value: '"{{property}}: {{value}}" stays on the {{value}} in right-to-left languages: use {{property}}: {{logical}}.',
    },
    schema: [],
  },
  create(context) {
    return {
      Declaration(node) {
        const property = node.property.toLowerCase();
        for (const [pattern, logical] of PHYSICAL) {
          if (pattern.test(property)) {
            const side = property.includes('left') ? 'left' : 'right';
            context.report({ node, messageId: 'property', data: { property, side, logical: property.replace(pattern, logical) } });
            return;
          }
        }
        if (!VALUE_PROPERTIES.has(property)) return;
        const value = context.sourceCode.getText(node.value).trim().toLowerCase();
        if (value === 'left' || value === 'right') {
          context.report({ node, messageId: 'value', data: { property, value, logical: value === 'left' ? 'start' : 'end' } });
        }
      },
    };
  },
};

export const cssPlugin = { rules: { 'logical-properties': logicalPropertiesRule } };
