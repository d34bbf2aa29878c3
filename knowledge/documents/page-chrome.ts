/**
 * Lines a web page's furniture leaves in its copied text ("Bookmark and Share", "Back to top",
 * "Print this page"): no part of what the page says, and no heading of what follows them. A
 * page saved as text and dropped into `data/` keeps them; reading drops them like blank lines.
 */
const PAGE_CHROME = new RegExp(
  `^(?:${[
    'bookmark and share',
    'share(?: this)?(?: page| article| story| on (?:twitter|facebook|linkedin|x|email))?',
    'print(?: this)?(?: page)?',
    'email this page',
    'back to top',
    'skip to (?:main )?content',
    '(?:accept|reject) (?:all |additional )?cookies',
    'cookie (?:settings|preferences|policy)',
    'was this page useful\\??',
    'report a problem with this page',
    'sign up for (?:email )?(?:updates|alerts)',
    'follow us(?: on (?:twitter|facebook|linkedin|x))?',
  ].join('|')})[.:]?$`,
  'i',
);

/** Whether a line (trimmed) is only a web page's furniture. */
export function isPageChrome(line: string): boolean {
  return PAGE_CHROME.test(line.replace(/^[\s•·*-]+/, '').trim());
}
