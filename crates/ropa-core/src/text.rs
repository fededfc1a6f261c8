//! Small text helpers shared by matching and lookups.

/// Lower case, accents removed, curly apostrophes straightened, inner white space folded: for
/// tolerant matching of names and labels.
pub fn fold(text: &str) -> String {
    let text = text.trim();
    if text.is_ascii() {
        // The common case, without the per-character table below.
        let mut out = String::with_capacity(text.len());
        for b in text.bytes() {
            let c = if b.is_ascii_whitespace() { b' ' } else { b.to_ascii_lowercase() };
            if c == b' ' && out.ends_with(' ') {
                continue;
            }
            out.push(c as char);
        }
        return out;
    }
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars().flat_map(char::to_lowercase) {
        let base = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            '\u{2019}' | '\u{2018}' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
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
