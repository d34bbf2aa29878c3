/** What the bot can do, shown for `help` in every adapter. */
export const HELP_TEXT = [
  'Ask about Standing Together, the Greater Manchester police and crime plan, in a few words:',
  '  CSTR 2023/24                      a figure for a period',
  '  youth reoffending rate            the latest figure, with its source',
  '  Challenger disruptions            the passage that covers a topic',
  "  quote women's centres             words you can paste, with a citation",
  'Every answer names the document, its date and the section it came from.',
  "When the documents don't hold an answer, the bot says so.",
].join('\n');
