// HTML character references (`&lt;id&gt;`) in text the Markdown parser leaves alone (code blocks).
import { parseEntities } from 'parse-entities';

export function decodeHTML(text: string): string {
  return text.includes('&') ? parseEntities(text) : text;
}
