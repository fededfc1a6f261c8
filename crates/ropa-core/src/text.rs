//! Small text helpers shared by matching and lookups, and the characters a register never holds.

/// A character the register never holds: C0 controls but tab and line breaks, DEL, C1 controls,
/// and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
/// make text read otherwise than it is written (a file name "exe.pdf" shown as "fdp.exe").
pub fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text without the characters a register never holds.
pub fn without_forbidden(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_forbidden) {
        text.chars().filter(|&c| !is_forbidden(c)).collect::<String>().into()
    } else {
        text.into()
    }
}

/// The forbidden characters a text holds, each once, as "U+001B".
pub fn forbidden_in(text: &str) -> String {
    let mut seen: Vec<char> = text.chars().filter(|&c| is_forbidden(c)).collect();
    seen.sort_unstable();
    seen.dedup();
    seen.iter().map(|c| format!("U+{:04X}", *c as u32)).collect::<Vec<_>>().join(", ")
}

/// The text with each forbidden character written as a visible escape (`\u001b`, which JSON
/// also reads as that character), for a terminal.
pub fn escape_forbidden(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_forbidden) {
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            if is_forbidden(c) {
                out.push_str(&format!("\\u{:04x}", c as u32));
            } else {
                out.push(c);
            }
        }
        out.into()
    } else {
        text.into()
    }
}

/// Lower case, accents removed, curly apostrophes straightened, inner white space folded: for
/// tolerant matching of names and labels.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars() {
        let base = if ch.is_ascii() {
            // The common case, without the tables below.
            if ch.is_ascii_whitespace() {
                ' '
            } else {
                ch.to_ascii_lowercase()
            }
        } else {
            match ch {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
                'ç' | 'Ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
                'ñ' | 'Ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
                'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
                '\u{2019}' | '\u{2018}' => '\'',
                c if c.is_whitespace() => ' ',
                c => {
                    out.extend(c.to_lowercase());
                    continue;
                }
            }
        };
        if base == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(base);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fold_ignores_case_accents_and_spacing() {
        assert_eq!(super::fold("  Écrans   d’accueil "), "ecrans d'accueil");
        assert_eq!(super::fold(" Data\tProtection  Officer "), "data protection officer");
    }
}

#[cfg(test)]
mod forbidden_tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_forbidden_tabs_and_line_breaks_are_not() {
        for c in ['\u{0}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{202e}', '\u{2066}'] {
            assert!(is_forbidden(c), "{:?}", c);
        }
        for c in ['\t', '\n', '\r', ' ', 'é', '\u{a0}', '\u{200f}', '€'] {
            assert!(!is_forbidden(c), "{:?}", c);
        }
        assert_eq!(without_forbidden("in\u{1b}[31mvoice\u{202e}fdp.exe"), "in[31mvoicefdp.exe");
        assert_eq!(forbidden_in("a\u{202e}b\u{1b}c\u{1b}"), "U+001B, U+202E");
        assert_eq!(escape_forbidden("a\u{1b}b"), "a\\u001bb");
    }
}
