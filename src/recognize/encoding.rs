//! Detection of legacy 8-bit Vietnamese encodings read as Latin-1 (mojibake).
//!
//! Two font encodings still leak into old archives:
//!
//! * **TCVN3 / ABC** (".VnTime"): letters with marks live in bytes 0xA1–0xFE,
//!   so the text shows Latin-1 symbols glued to letters: "Uû ban nh©n d©n"
//!   (Ủy ban nhân dân), "§¶ng" (Đảng). Normalization turns « » into '"', so a
//!   quote between two letters ("c"ng" for "c«ng" = công) counts too.
//! * **VNI** ("VNI-Times"): a base letter followed by a Latin-1 letter for the
//!   mark: "Vieät Nam" (Việt Nam), "Ñaûng" (Đảng).
//!
//! Each word gets a score: one point per such sign. A run of nearby scored
//! words is reported when it scores at least 3, or at least 2 from TCVN3
//! symbols alone ("§¶ng"). Letters of French and German (é, ç, ë after a
//! consonant, ü in "für") mostly score nothing, and a lone "©" beside a year
//! or a name scores too little to be reported.

use crate::Span;
use crate::model::{Warning, WarningKind};

/// Latin-1 symbols that stand for Vietnamese letters in TCVN3 (without the
/// ones common in ordinary text: ° ± ² ³ ¹ · ¿ ¡ « »).
fn is_tcvn3_symbol(c: char) -> bool {
    matches!(
        c,
        '¢' | '£'
            | '¤'
            | '¥'
            | '¦'
            | '§'
            | '¨'
            | '©'
            | 'ª'
            | '¬'
            | '®'
            | '¯'
            | '´'
            | 'µ'
            | '¶'
            | '¸'
            | 'º'
            | '¼'
            | '½'
            | '¾'
    )
}

/// Latin-1 letters that VNI writes after a vowel for a mark, and that
/// Vietnamese in Unicode never has.
const fn is_vni_mark(c: char) -> bool {
    matches!(
        c,
        'ä' | 'å'
            | 'ë'
            | 'ï'
            | 'ö'
            | 'ø'
            | 'û'
            | 'ü'
            | 'Ä'
            | 'Å'
            | 'Ë'
            | 'Ï'
            | 'Ö'
            | 'Ø'
            | 'Û'
            | 'Ü'
    )
}

/// Latin-1 letters that VNI writes after a, e or o for a mark; in Unicode
/// Vietnamese they never follow those vowels.
const fn is_vni_after_aeo(c: char) -> bool {
    matches!(c, 'â' | 'ê' | 'õ' | 'ù' | 'ú' | 'Â' | 'Ê' | 'Õ' | 'Ù' | 'Ú')
}

/// Upper-case Latin-1 letters (À–Þ without ×).
const fn is_latin1_upper(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{DE}') && c != '×'
}

/// What [`may_be_sign`] asks of a char U+00C0–U+00FF, by its second UTF-8
/// byte (0x80–0xBF): bit 0 [`is_latin1_upper`], bit 1 [`is_vni_mark`],
/// bit 2 [`is_vni_after_aeo`], bit 3 'ñ' or 'Ñ'.
static C3_SIGNS: [u8; 64] = {
    let mut t = [0u8; 64];
    let mut k = 0;
    while k < 64 {
        if let Some(c) = char::from_u32(0xC0 + k as u32) {
            t[k] = (is_latin1_upper(c) as u8)
                | ((is_vni_mark(c) as u8) << 1)
                | ((is_vni_after_aeo(c) as u8) << 2)
                | ((matches!(c, 'ñ' | 'Ñ') as u8) << 3);
        }
        k += 1;
    }
    t
};

/// For a byte before a char U+00C0–U+00FF, the bits of [`C3_SIGNS`] it
/// lets the char be, as [`may_be_sign`] tests them: bit 0 after an ASCII
/// lower-case letter or a byte >= 0x80, bit 1 after an ASCII vowel, bit 2
/// after a, e, o (either case), bit 3 after ASCII whitespace, 0x0B or a
/// byte >= 0x80 (and at the start of the text).
static SIGNS_AFTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        let b = k as u8;
        let vowel = matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        );
        t[k] = ((b.is_ascii_lowercase() || b >= 0x80) as u8)
            | ((vowel as u8) << 1)
            | ((matches!(b, b'a' | b'e' | b'o' | b'A' | b'E' | b'O') as u8) << 2)
            | (((b.is_ascii_whitespace() || b == 0x0B || b >= 0x80) as u8) << 3);
        k += 1;
    }
    t
};

/// Scored words further apart than this many plain words start a new run.
const MAX_GAP: usize = 3;

#[derive(Clone, Copy, Default)]
struct Score {
    tcvn: usize,
    vni: usize,
}

impl Score {
    fn total(self) -> usize {
        self.tcvn + self.vni
    }
}

fn is_ascii_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The legacy-encoding signs in one whitespace-free word.
fn score_word(word: &str) -> Score {
    let chars: Vec<char> = word.chars().collect();
    let mut score = Score::default();
    // French "où" is the one common European word with such a pair.
    if !chars.iter().any(|c| c.is_ascii_alphabetic()) || matches!(word, "où" | "Où") {
        return score;
    }
    let is_sym = is_tcvn3_symbol;
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        let near_letter = prev.is_some_and(|x| x.is_alphabetic() || is_sym(x))
            || next.is_some_and(|x| x.is_alphabetic() || is_sym(x));
        let between_letters =
            prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
        // TCVN3: symbols glued to letters ("nh©n"), « » turned into quotes
        // ("c"ng"), and lower-case marked vowels as Latin-1 capitals ("tØnh").
        let tcvn = (is_sym(c) && near_letter)
            || (c == '"' && between_letters)
            || (is_latin1_upper(c) && prev.is_some_and(char::is_lowercase));
        // VNI: a mark letter after a vowel ("Vieät", "hoøa", "xaõ"), "Ñ" for Đ.
        let vni = (is_vni_mark(c) && prev.is_some_and(is_ascii_vowel))
            || (is_vni_after_aeo(c)
                && prev.is_some_and(|p| matches!(p, 'a' | 'e' | 'o' | 'A' | 'E' | 'O')))
            || (matches!(c, 'ñ' | 'Ñ') && k == 0 && next.is_some_and(is_ascii_vowel));
        if tcvn {
            score.tcvn += 1;
        } else if vni {
            score.vni += 1;
        }
    }
    score
}

/// A run of scored words being built.
struct Run {
    start: usize,
    end: usize,
    score: Score,
}

impl Run {
    /// Adds a scored word ending at `end` to the current run, or starts one.
    fn extend(run: &mut Option<Run>, start: usize, end: usize, score: Score) {
        match run.as_mut() {
            Some(r) => {
                r.end = end;
                r.score.tcvn += score.tcvn;
                r.score.vni += score.vni;
            }
            None => *run = Some(Run { start, end, score }),
        }
    }
}

fn report(run: &Run, out: &mut Vec<Warning>) {
    let total = run.score.total();
    if total >= 3 || (run.score.tcvn >= 2 && run.score.vni == 0) {
        let message = if run.score.tcvn >= run.score.vni {
            "text in the legacy TCVN3 (ABC) font encoding read as Latin-1; names and bodies here cannot be read"
        } else {
            "text in the legacy VNI font encoding read as Latin-1; names and bodies here cannot be read"
        };
        out.push(Warning {
            kind: WarningKind::LegacyEncoding,
            span: Span::new(run.start, run.end),
            message: message.into(),
        });
    }
}

/// Whether the char starting at byte `p` may be a sign `score_word` counts,
/// judged from its bytes and the byte before it: a superset of the signs, so
/// that only the few words holding one need scoring. Every sign is '"' or a
/// char in U+00A2–U+00FF, whose UTF-8 starts with 0xC2 or 0xC3.
fn may_be_sign(bytes: &[u8], p: usize) -> bool {
    let prev = p.checked_sub(1).and_then(|q| bytes.get(q)).copied();
    let next = bytes.get(p + 1).copied();
    // The last byte of a non-ASCII char is >= 0x80: it may be anything.
    let wide = |b: u8| b >= 0x80;
    match bytes.get(p) {
        Some(b'"') => {
            let letter = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || wide(b));
            letter(prev) && letter(next)
        }
        Some(0xC2) => next.is_some_and(|b| (0xA2..=0xBE).contains(&b)),
        Some(0xC3) => {
            let Some(&signs) = next
                .filter(|b| (0x80..=0xBF).contains(b))
                .and_then(|b| C3_SIGNS.get(usize::from(b - 0x80)))
            else {
                return false;
            };
            // Most such chars (à, á, â, é, ô, …) are no sign wherever they stand.
            if signs == 0 {
                return false;
            }
            let prev_is = |f: fn(u8) -> bool| prev.is_some_and(f);
            (signs & 1 != 0 && prev_is(|b| b.is_ascii_lowercase() || b >= 0x80))
                || (signs & 2 != 0 && prev_is(|b| is_ascii_vowel(char::from(b))))
                || (signs & 4 != 0
                    && prev_is(|b| matches!(b, b'a' | b'e' | b'o' | b'A' | b'E' | b'O')))
                || (signs & 8 != 0
                    && prev.is_none_or(|b| b.is_ascii_whitespace() || b == 0x0B || b >= 0x80))
        }
        _ => false,
    }
}

/// The first byte at or after `from` where [`may_be_sign`] holds.
///
/// Only '"', 0xC2 and 0xC3 may start a sign (`may_be_sign` holds at no
/// other byte), so the bytes are looked at sixteen at a time, as two words,
/// for any of the three; in a word that has one, each goes to
/// `may_be_sign` in turn, without leaving the word. Most are the 0xC3 of a
/// Vietnamese letter that is no sign wherever it stands (à, á, ô, …),
/// rejected from the byte after it as `may_be_sign` would. The last bytes
/// are looked at one by one. So the first byte found is the first where
/// `may_be_sign` holds.
fn next_sign(bytes: &[u8], from: usize) -> Option<usize> {
    use super::bytes::{flagged, has_byte, word_at};
    // 0xC2 and 0xC3 are the bytes that `& 0xFE` turns into 0xC2
    const EVEN: u64 = 0xFEFE_FEFE_FEFE_FEFE;
    // `mask`: the bytes of `w` to look at (bit 7 set), a superset of those
    // that are '"', 0xC2 or 0xC3
    let in_word = |mask: u64, w: u64, at: usize| {
        for k in flagged(mask) {
            let p = at + k;
            // At a 0xC3, what `may_be_sign` asks by tables: the signs the
            // char may be (by its second byte, always one of 0x80–0xBF
            // after a 0xC3 in UTF-8) and the ones the byte before allows.
            let c3_no_sign = (w >> (8 * k)) & 0xFF == 0xC3 && {
                let signs = bytes
                    .get(p + 1)
                    .and_then(|&n| C3_SIGNS.get(usize::from(n & 0x3F)))
                    .copied()
                    .unwrap_or(0);
                // most are no sign wherever they stand (à, á, ô, …)
                if signs == 0 {
                    continue;
                }
                let allowed = match p.checked_sub(1).and_then(|q| bytes.get(q)) {
                    Some(&q) => SIGNS_AFTER[usize::from(q)],
                    None => 8,
                };
                signs & allowed == 0
            };
            if !c3_no_sign && may_be_sign(bytes, p) {
                return Some(p);
            }
        }
        None
    };
    let rest = bytes.get(from..).unwrap_or_default();
    let mut pairs = rest.chunks_exact(16);
    for (k, chunk) in (&mut pairs).enumerate() {
        let at = from + 16 * k;
        let (lo, hi) = (word_at(chunk, 0), word_at(chunk, 8));
        // a superset of the bytes that are '"', 0xC2 or 0xC3 ([`has_byte`]
        // marks each such byte, and may mark others above one)
        let in_lo = has_byte(lo, b'"') | has_byte(lo & EVEN, 0xC2);
        let in_hi = has_byte(hi, b'"') | has_byte(hi & EVEN, 0xC2);
        if in_lo | in_hi != 0 {
            if in_lo != 0
                && let Some(p) = in_word(in_lo, lo, at)
            {
                return Some(p);
            }
            if in_hi != 0
                && let Some(p) = in_word(in_hi, hi, at + 8)
            {
                return Some(p);
            }
        }
    }
    let at = bytes.len() - pairs.remainder().len();
    (at..bytes.len()).find(|&p| may_be_sign(bytes, p))
}

/// Warnings about the input (spans in normalized bytes), one per run of text
/// in a legacy encoding.
///
/// Words are the whitespace-separated pieces of `text`; only those holding a
/// possible sign ([`may_be_sign`]) are scored, and the plain words between
/// two scored ones are counted only to see whether they break the run.
#[inline(never)]
pub(crate) fn warnings(text: &str) -> Vec<Warning> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut run: Option<Run> = None;
    // `lo` is where the next word can start at the earliest: the end of
    // the last word scored, so every byte is looked at a bounded number of times.
    let mut lo = 0usize;
    let mut p = 0usize;
    while p < bytes.len() {
        let Some(q) = next_sign(bytes, p) else {
            break;
        };
        p = q;
        let head = text.get(lo..p).unwrap_or("");
        let start = match head.char_indices().rev().find(|&(_, c)| c.is_whitespace()) {
            Some((i, c)) => lo + i + c.len_utf8(),
            None => lo,
        };
        let end = text
            .get(p..)
            .and_then(|tail| tail.find(char::is_whitespace))
            .map_or(text.len(), |i| p + i);
        lo = end;
        p = end;
        let score = text.get(start..end).map(score_word).unwrap_or_default();
        if score.total() == 0 {
            continue;
        }
        if let Some(r) = run.take() {
            let plain = text
                .get(r.end..start)
                .unwrap_or("")
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .take(MAX_GAP + 1)
                .count();
            if plain > MAX_GAP {
                report(&r, &mut out);
            } else {
                run = Some(r);
            }
        }
        Run::extend(&mut run, start, end, score);
    }
    if let Some(r) = run.take() {
        report(&r, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain definition: every word scored.
    fn warnings_reference(text: &str) -> Vec<Warning> {
        let mut out = Vec::new();
        let mut run: Option<Run> = None;
        let mut gap = 0usize;
        let mut pos = 0usize;
        for word in text.split(char::is_whitespace) {
            let start = pos;
            pos += word.len()
                + text[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if word.is_empty() {
                continue;
            }
            let score = score_word(word);
            if score.total() == 0 {
                gap += 1;
                if gap > MAX_GAP {
                    if let Some(r) = run.take() {
                        report(&r, &mut out);
                    }
                }
                continue;
            }
            gap = 0;
            let end = start + word.len();
            Run::extend(&mut run, start, end, score);
        }
        if let Some(r) = run.take() {
            report(&r, &mut out);
        }
        out
    }

    fn same(text: &str) {
        let fast: Vec<_> = warnings(text)
            .iter()
            .map(|w| (w.span, w.message.clone()))
            .collect();
        let slow: Vec<_> = warnings_reference(text)
            .iter()
            .map(|w| (w.span, w.message.clone()))
            .collect();
        assert_eq!(fast, slow, "{text:?}");
    }

    #[test]
    fn the_next_sign_is_the_first_byte_that_may_be_one() {
        // every byte before and after each of the three bytes a sign starts
        // with, anywhere in the sixteen bytes looked at together or after them
        for at in [0, 1, 7, 8, 9, 15, 16, 17, 30, 31, 33, 34] {
            for c in [b'"', 0xC2, 0xC3, b'a'] {
                for around in 0..=255u8 {
                    for (before, after) in [
                        (around, 0xA2),
                        (around, 0xB1),
                        (around, 0x91),
                        (around, 0xA4),
                        (b'a', around),
                        (around, around),
                    ] {
                        let mut v = vec![b'h'; 35];
                        v[at] = c;
                        if at > 0 {
                            v[at - 1] = before;
                        }
                        if at + 1 < v.len() {
                            v[at + 1] = after;
                        }
                        for from in [0, at.saturating_sub(1), at, at + 1] {
                            let expected = (from..v.len()).find(|&p| may_be_sign(&v, p));
                            assert_eq!(next_sign(&v, from), expected, "{v:x?} from {from}");
                        }
                    }
                }
            }
        }
    }

    proptest! {
        /// `next_sign` looks at the bytes `has_byte` marks: every byte it
        /// looks for among them.
        #[test]
        fn has_byte_marks_every_byte_it_looks_for(w in any::<u64>(), pick in any::<u8>()) {
            use super::super::bytes::{eq_mask, has_byte};
            // a byte of `w` or one of the two looked for
            let b = match pick % 4 {
                0 => b'"',
                1 => 0xC2,
                _ => (w >> (8 * (pick % 8))) as u8,
            };
            prop_assert_eq!(eq_mask(w, b) & !has_byte(w, b), 0);
            let even = w & 0xFEFE_FEFE_FEFE_FEFE;
            prop_assert_eq!(eq_mask(even, 0xC2) & !has_byte(even, 0xC2), 0);
        }
    }

    #[test]
    fn skipping_plain_words_changes_nothing() {
        for text in [
            "Uû ban nh©n d©n tØnh. Hôm nay trời đẹp, cán bộ và nhân dân trong tỉnh đều phấn khởi đón chào năm mới. Coäng hoøa xaõ hoäi",
            "c\"ng a b c c\"ng a b c d c\"ng",
            "ñaûng\u{a0}ñaûng\u{85}ñaûng x",
            "ĐÀ NẴNG tØnh ưÀ ưÀ ưÀ",
            "\"\"\" ©© a©b ©",
        ] {
            same(text);
        }
    }

    proptest! {
        #[test]
        fn skipping_plain_words_changes_nothing_anywhere(
            text in "[ \\t\u{a0}\u{85}\u{2003}aeoutnhgVĐư\"«»©§¶¢ØÞÀÂÊÕÙÚäåëïöøûüÄÅÖñÑàáâãèéêìíòóôõùúý.,]{0,60}"
        ) {
            same(&text);
        }
    }

    fn spans(text: &str) -> Vec<String> {
        let norm = crate::normalize::normalize_str(text);
        warnings(&norm)
            .iter()
            .map(|w| norm[w.span.start..w.span.end].to_string())
            .collect()
    }

    #[test]
    fn tcvn3_text_is_reported() {
        assert_eq!(spans("Uû ban nh©n d©n tØnh"), vec!["Uû ban nh©n d©n tØnh"]);
        assert_eq!(spans("§¶ng"), vec!["§¶ng"]);
        let text = "Tin mới. §¶ng bé tØnh tæ chøc héi nghÞ. Tin khác bằng chữ thường.";
        let found = spans(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("§¶ng") && found[0].ends_with("nghÞ."),
            "{found:?}"
        );
    }

    #[test]
    fn vni_text_is_reported() {
        assert_eq!(spans("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam").len(), 1);
        assert_eq!(spans("Ñaûng boä tænh Haø Giang").len(), 1);
    }

    #[test]
    fn one_warning_per_run() {
        let text = "Uû ban nh©n d©n tØnh. Hôm nay trời đẹp, cán bộ và nhân dân trong tỉnh đều phấn khởi đón chào năm mới. Coäng hoøa xaõ hoäi";
        assert_eq!(spans(text).len(), 2);
    }

    #[test]
    fn ordinary_text_is_not_reported() {
        for text in [
            "Ủy ban nhân dân tỉnh Hà Giang tổ chức hội nghị tổng kết công tác Đảng năm 2024.",
            "Thượng tướng Nguyễn Văn Nam thăm Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi, xuân Giáp Thìn.",
            "Le maître français a été sûr de fêter Noël à Besançon avec une naïve élégance.",
            "Die Bundesländer für Österreich und München würden größer.",
            "© 2024 Báo Quân đội nhân dân. Bản quyền thuộc về tòa soạn. ©Reuters",
            "Nhiệt độ 25°C, diện tích 30 m², tỷ lệ ±2%.",
            "Señor Peña visitó España y La Coruña.",
        ] {
            assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
        }
    }
}
