//! What the CLI prints from a register goes to a terminal: control and text-direction characters
//! (which a register should not hold, but an older store or another tool's file might) are written
//! as visible escapes (`\u001b`), never as themselves.

use std::io::{self, Write};

use ropa_core::text::escape_forbidden;

/// A writer that escapes forbidden characters in the UTF-8 text written through it; bytes that are
/// not UTF-8 pass as they are.
pub struct Escaping<W: Write> {
    inner: W,
    /// The start of a character split across two writes.
    pending: Vec<u8>,
}

impl<W: Write> Escaping<W> {
    pub fn new(inner: W) -> Escaping<W> {
        Escaping { inner, pending: Vec::new() }
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut start = 0;
        while start < self.pending.len() {
            match std::str::from_utf8(&self.pending[start..]) {
                Ok(text) => {
                    self.inner.write_all(escape_forbidden(text).as_bytes())?;
                    start = self.pending.len();
                }
                Err(e) => {
                    let valid = start + e.valid_up_to();
                    // Checked by from_utf8 up to `valid`.
                    let text = std::str::from_utf8(&self.pending[start..valid]).unwrap_or_default();
                    self.inner.write_all(escape_forbidden(text).as_bytes())?;
                    match e.error_len() {
                        // Not UTF-8: passed as it is.
                        Some(len) => {
                            self.inner.write_all(&self.pending[valid..valid + len])?;
                            start = valid + len;
                        }
                        // A character cut by the end of this write: kept for the next.
                        None => {
                            start = valid;
                            break;
                        }
                    }
                }
            }
        }
        self.pending.drain(..start);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for Escaping<W> {
    fn drop(&mut self) {
        let _ = self.inner.write_all(&self.pending);
        let _ = self.inner.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_even_when_a_character_is_split_between_writes() {
        let mut out = Vec::new();
        {
            let mut w = Escaping::new(&mut out);
            let text = "Name: in\u{1b}[2Jvoice \u{202e}fdp.exe é\n".as_bytes();
            // Byte by byte: every character split.
            for b in text {
                w.write_all(&[*b]).unwrap();
            }
            w.write_all(b"\xff raw").unwrap();
        }
        let mut expected = "Name: in\\u001b[2Jvoice \\u202efdp.exe é\n".as_bytes().to_vec();
        expected.extend_from_slice(b"\xff raw");
        assert_eq!(out, expected);
    }
}
