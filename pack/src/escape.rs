//! HTML escaping: the one function every writer of HTML in the pack and the app escapes text with
//! (markdown, glossary terms, the page and picture markup, the search results, the word table).

/// Escapes text for an HTML text node or a quoted attribute value.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(text, &mut out);
    out
}

/// Appends `text` to `out`, escaped for HTML text or a quoted attribute value.
pub fn push_escaped(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}
