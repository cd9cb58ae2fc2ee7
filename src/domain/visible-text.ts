// Text from data shown on a terminal or in a log: control characters (escape sequences that move the cursor or
// recolour the screen) and the invisible bidi controls that reorder what is displayed are written out as
// \\uXXXX, so the data can neither drive the terminal nor show something other than what is stored.

const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
