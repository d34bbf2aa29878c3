/**
 * The question in a Slack message or command: user and channel mentions removed, links reduced
 * to their text, and an empty command read as `help`.
 * @example
 * parseSlackText('<@U123> CSTR 2023/24') // 'CSTR 2023/24'
 */
export function parseSlackText(text: string): string {
  const question = text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return question === '' ? 'help' : question;
}
