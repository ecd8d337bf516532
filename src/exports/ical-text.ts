/**
 * A text value for iCalendar: ical.js escapes backslashes, semicolons, commas and line feeds,
 * but writes a carriage return or another control character as it is, and a client that takes
 * a lone CR for a line end would read what follows as a property of its own. Line breaks
 * become line feeds (escaped as `\n`), other control characters spaces.
 */
export function icalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ');
}
