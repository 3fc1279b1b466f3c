//! Normalization with an offset map.
//!
//! Matching runs on a cleaned copy of the input: HTML entities decoded, NFC,
//! Latin look-alikes of Đ/đ mapped, odd spaces unified, zero-width
//! characters dropped, dashes, quotes and apostrophes unified, one tone
//! placement for the syllable-final clusters *oa, oe, uy* ("hoà" → "hòa",
//! "thuỷ" → "thủy"), and a space restored where words were glued
//! ("tổ chứcHội nghị") or punctuation lacks its space. Every normalized byte
//! remembers which original bytes it came from, so spans found on the
//! normalized text map back to the caller's text exactly.

mod entities;
mod tones;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use crate::Span;

/// The normalized text with its map back to the original.
#[derive(Clone, Debug, Default)]
pub(crate) struct Normalized {
    /// Normalized text (case kept).
    pub text: String,
    /// `text` lower-cased char by char where that keeps the UTF-8 length, so
    /// byte offsets are shared with `text`.
    pub folded: String,
    /// For each byte of `text`, the original start of the source it came from.
    starts: Vec<u32>,
    /// For each byte of `text`, the original end of the source it came from.
    ends: Vec<u32>,
    /// Length of the original text.
    original_len: usize,
}

impl Normalized {
    /// Maps a byte range of the normalized text to the original text.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        if self.text.is_empty() || start >= self.text.len() {
            return Span::new(self.original_len, self.original_len);
        }
        let end = end.min(self.text.len());
        let s = self.starts[start] as usize;
        if end <= start {
            return Span::new(s, s);
        }
        let e = self.ends[end - 1] as usize;
        Span::new(s, e.max(s))
    }
}

/// One character of the cleaned stream with the original range it stands for.
#[derive(Clone, Copy)]
struct Piece {
    ch: char,
    start: u32,
    end: u32,
}

/// Normalizes `input`; see the module docs for what changes.
pub(crate) fn normalize(input: &str) -> Normalized {
    let cleaned = clean(input);
    let composed = compose(&cleaned);
    let toned = tones::canonicalize(composed);
    let spaced = restore_spaces(toned);
    let expanded = expand_abbreviations(spaced);
    build(expanded, input.len())
}

/// Entities, look-alikes, spaces, dashes, quotes.
fn clean(input: &str) -> Vec<Piece> {
    let mut out = Vec::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < input.len() {
        if bytes[i] == b'&' {
            if let Some((decoded, len)) = entities::decode_at(&input[i..]) {
                push_clean(&mut out, decoded, i as u32, (i + len) as u32);
                i += len;
                continue;
            }
        }
        let Some(ch) = input[i..].chars().next() else {
            break;
        };
        let len = ch.len_utf8();
        push_clean(&mut out, ch, i as u32, (i + len) as u32);
        i += len;
    }
    out
}

fn push_clean(out: &mut Vec<Piece>, ch: char, start: u32, end: u32) {
    let mapped = match ch {
        '\u{00D0}' | '\u{0189}' => 'Đ',
        '\u{00F0}' => 'đ',
        '\u{00A0}'
        | '\u{202F}'
        | '\u{2009}'
        | '\u{2002}'..='\u{2008}'
        | '\u{200A}'
        | '\u{3000}'
        | '\t' => ' ',
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' => '\'',
        '\r' => '\n',
        '\u{0340}' => '\u{0300}',
        '\u{0341}' => '\u{0301}',
        c if c.is_control() && c != '\n' => ' ',
        c => c,
    };
    out.push(Piece {
        ch: mapped,
        start,
        end,
    });
}

/// NFC, one starter-led cluster at a time, each output char mapped to the
/// cluster's original range.
fn compose(pieces: &[Piece]) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut i = 0;
    let mut buf = String::new();
    while i < pieces.len() {
        let mut j = i + 1;
        while j < pieces.len() && canonical_combining_class(pieces[j].ch) != 0 {
            j += 1;
        }
        let (start, end) = (pieces[i].start, pieces[j - 1].end);
        if j == i + 1 && (pieces[i].ch.is_ascii() || is_nfc_char(pieces[i].ch)) {
            out.push(pieces[i]);
        } else {
            buf.clear();
            buf.extend(pieces[i..j].iter().map(|p| p.ch));
            for ch in buf.nfc() {
                out.push(Piece { ch, start, end });
            }
        }
        i = j;
    }
    out
}

fn is_nfc_char(c: char) -> bool {
    matches!(
        unicode_normalization::is_nfc_quick(std::iter::once(c)),
        unicode_normalization::IsNormalized::Yes
    )
}

/// A space after `,;:` before a letter, and between a lower-case letter and an
/// upper-case one glued inside a word ("chứcHội").
fn restore_spaces(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len() + 16);
    let mut word_len = 0usize;
    for (k, p) in pieces.iter().enumerate() {
        if let Some(prev) = out.last().copied() {
            let next_lower = pieces.get(k + 1).is_some_and(|n| n.ch.is_lowercase());
            let glued =
                prev.ch.is_lowercase() && p.ch.is_uppercase() && next_lower && word_len >= 2;
            let after_punct = matches!(prev.ch, ',' | ';' | ':')
                && p.ch.is_alphabetic()
                && out.len() >= 2
                && !out[out.len() - 2].ch.is_whitespace();
            if glued || after_punct {
                out.push(Piece {
                    ch: ' ',
                    start: p.start,
                    end: p.start,
                });
                word_len = 0;
            }
        }
        if p.ch.is_alphabetic() {
            word_len += 1;
        } else if canonical_combining_class(p.ch) == 0 {
            word_len = 0;
        }
        out.push(*p);
    }
    out
}

/// Replaces known abbreviations ("UBND") by their expansion ("Ủy ban nhân
/// dân"), each expanded char mapped to the abbreviation's original range.
/// A chunk of text holding a digit or a slash ("12/QĐ-UBND", "Đ/c") is a
/// code and left alone.
fn expand_abbreviations(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len() + 64);
    let mut i = 0;
    while i < pieces.len() {
        if pieces[i].ch.is_whitespace() {
            out.push(pieces[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < pieces.len() && !pieces[j].ch.is_whitespace() {
            j += 1;
        }
        let chunk = &pieces[i..j];
        if chunk.iter().any(|p| p.ch == '/' || p.ch.is_ascii_digit()) {
            out.extend_from_slice(chunk);
        } else {
            expand_chunk(chunk, &mut out);
        }
        i = j;
    }
    out
}

/// Longest abbreviation, in chars ("LĐ-TB&XH").
const MAX_ABBREVIATION_CHARS: usize = 12;

fn expand_chunk(chunk: &[Piece], out: &mut Vec<Piece>) {
    let inner = |c: char| c.is_alphanumeric() || c == '&';
    let mut word = String::new();
    let mut k = 0;
    while k < chunk.len() {
        let at_word_start = inner(chunk[k].ch) && (k == 0 || !inner(chunk[k - 1].ch));
        if at_word_start {
            let limit = (k + MAX_ABBREVIATION_CHARS).min(chunk.len());
            let mut found = None;
            for e in (k + 1..=limit).rev() {
                let last = chunk[e - 1].ch;
                if !(inner(last) || last == '.') || (e < chunk.len() && inner(chunk[e].ch)) {
                    continue;
                }
                word.clear();
                word.extend(chunk[k..e].iter().map(|p| p.ch));
                if let Some(expansion) = crate::lexicon::abbreviations::expand(&word) {
                    found = Some((e, expansion));
                    break;
                }
            }
            if let Some((e, expansion)) = found {
                let (start, end) = (chunk[k].start, chunk[e - 1].end);
                out.extend(expansion.chars().map(|ch| Piece { ch, start, end }));
                k = e;
                continue;
            }
        }
        out.push(chunk[k]);
        k += 1;
    }
}

fn build(pieces: Vec<Piece>, original_len: usize) -> Normalized {
    let mut text = String::with_capacity(pieces.len() + 8);
    let mut folded = String::with_capacity(pieces.len() + 8);
    let mut starts = Vec::with_capacity(pieces.len() + 8);
    let mut ends = Vec::with_capacity(pieces.len() + 8);
    for p in pieces {
        text.push(p.ch);
        folded.push(fold_char(p.ch));
        for _ in 0..p.ch.len_utf8() {
            starts.push(p.start);
            ends.push(p.end);
        }
    }
    Normalized {
        text,
        folded,
        starts,
        ends,
        original_len,
    }
}

/// Lower-cases a char when that keeps its UTF-8 length.
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// A comparison key for short words and phrases: normalized, lower case,
/// single spaces. Used by lexicon look-ups and the `from_*` parsers.
pub(crate) fn fold_key(s: &str) -> String {
    let n = normalize(s);
    let mut out = String::with_capacity(n.folded.len());
    for w in n.folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Normalizes a string without keeping the offset map (for lexicon entries
/// and canonical names).
pub(crate) fn normalize_str(s: &str) -> String {
    normalize(s).text
}

/// The normalized text of `input`, as vngov sees it before matching.
///
/// Exposed so users can see what changed; spans in an
/// [`Extraction`](crate::Extraction) always point into the original text, not
/// into this one.
///
/// ```
/// assert_eq!(vngov::normalized_text("Tỉnh uỷ tổ chứcHội nghị"), "Tỉnh ủy tổ chức Hội nghị");
/// assert_eq!(vngov::normalized_text("Ðảng&nbsp;bộ"), "Đảng bộ");
/// ```
pub fn normalized_text(input: &str) -> String {
    normalize(input).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orig<'a>(input: &'a str, n: &Normalized, needle: &str) -> &'a str {
        let start = n.text.find(needle).expect("needle in normalized text");
        let span = n.to_original(start, start + needle.len());
        &input[span.start..span.end]
    }

    #[test]
    fn new_tone_style_maps_back() {
        let input = "Bí thư Tỉnh uỷ Lạng Sơn, Chính uỷ BĐBP";
        let n = normalize(input);
        assert_eq!(n.text, "Bí thư Tỉnh ủy Lạng Sơn, Chính ủy BĐBP");
        assert_eq!(orig(input, &n, "Tỉnh ủy"), "Tỉnh uỷ");
        assert_eq!(orig(input, &n, "Chính ủy BĐBP"), "Chính uỷ BĐBP");
    }

    #[test]
    fn nfd_input_composes_and_maps_back() {
        let nfc = "Đồng chí Phạm Văn Hòa, Ủy viên Trung ương Đảng";
        let nfd: String = nfc.nfd().collect();
        let n = normalize(&nfd);
        assert_eq!(n.text, nfc);
        assert_eq!(
            orig(&nfd, &n, "Phạm Văn Hòa"),
            nfd.get(nfd.find("Ph").unwrap()..nfd.find(", ").unwrap())
                .unwrap()
        );
    }

    #[test]
    fn glued_words_get_a_space() {
        let input = "Tỉnh ủy tổ chứcHội nghị tổng kết";
        let n = normalize(input);
        assert_eq!(n.text, "Tỉnh ủy tổ chức Hội nghị tổng kết");
        assert_eq!(orig(input, &n, "Hội nghị"), "Hội nghị");
        assert_eq!(orig(input, &n, "chức Hội"), "chứcHội");
    }

    #[test]
    fn abbreviations_and_academic_titles_are_not_split() {
        for s in ["ThS Nguyễn Văn A", "PGS.TS Lê B", "UBND TP.HCM", "BĐBP"] {
            assert_eq!(normalize(s).text, s);
        }
    }

    #[test]
    fn punctuation_space_and_entities() {
        let input = "Tỉnh ủy;Bộ Tư lệnh&nbsp;BĐBP &#7889;";
        let n = normalize(input);
        assert_eq!(n.text, "Tỉnh ủy; Bộ Tư lệnh BĐBP ố");
        assert_eq!(orig(input, &n, "ố"), "&#7889;");
        assert_eq!(normalize("9.888,91 km").text, "9.888,91 km");
    }

    #[test]
    fn qu_and_closed_syllables_keep_their_tone() {
        assert_eq!(
            normalize("quý khoảng hoàn thuỷ Khánh Hoà").text,
            "quý khoảng hoàn thủy Khánh Hòa"
        );
    }

    #[test]
    fn idempotent_on_samples() {
        for s in ["Tỉnh uỷ", "a\u{0301}\u{0323}", "chứcHội;x", "Ð&amp;ð"] {
            let once = normalize(s).text;
            assert_eq!(normalize(&once).text, once);
        }
    }

    #[test]
    fn fold_key_ignores_case_and_tone_style() {
        assert_eq!(fold_key("THIẾU UÝ"), fold_key("thiếu úy"));
    }
}
