//! Normalization with an offset map.
//!
//! Matching runs on a cleaned copy of the input: HTML entities decoded, NFC,
//! Latin look-alikes of Đ/đ mapped, odd spaces unified, zero-width
//! characters dropped, dashes, quotes and apostrophes unified, a space
//! restored where words were glued ("tổ chứcHội nghị") or punctuation lacks
//! its space, and one tone placement for the syllable-final clusters *oa, oe,
//! uy* ("hoà" → "hòa", "thuỷ" → "thủy"). Every normalized byte remembers
//! which original bytes it came from, so spans found on the normalized text
//! map back to the caller's text exactly.
//!
//! One pass over the input: characters are cleaned and composed as they are
//! read, then each whitespace-delimited chunk gets its spaces, tones and
//! abbreviations before it is appended to the output. The offset map keeps
//! one entry per run of characters that map to the original alike, not one
//! per byte.

mod entities;
mod expansions;
mod tones;
mod words;

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
    /// The offset map: runs of `text` in order, each starting at a char
    /// boundary; the first starts at 0 when `text` is not empty.
    runs: Vec<Run>,
    /// Byte ranges of `text` known to be one word token each: the words of
    /// letters and digits copied as they are, in text order.
    /// Each starts the text or follows a space or line break, and ends it or
    /// comes before one, so the tokenizer can take it whole. Emptied by
    /// [`Doc::new`](crate::recognize::tokens::Doc::new), which reads it.
    pub words: Vec<(u32, u32)>,
    /// Length of the original text.
    original_len: usize,
}

/// A run of normalized text from `norm` up to the next run's start.
#[derive(Clone, Copy, Debug)]
struct Run {
    /// Where the run starts in the normalized text.
    norm: u32,
    /// Where its first char came from in the original.
    start: u32,
    /// [`SHIFTED`] when each char of the run came from the original char of
    /// the same length at the same distance from `start` (a copy); otherwise
    /// every char of the run came from `start..end`.
    end: u32,
}

/// [`Run::end`] of a run copied from the original.
const SHIFTED: u32 = u32::MAX;

impl Normalized {
    /// Maps a byte range of the normalized text to the original text.
    #[cfg(test)]
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        self.to_original_from(start, end, &mut 0)
    }

    /// [`Normalized::to_original`], the runs searched from run `*hint` on
    /// (where the last span mapped started, for spans that come in text
    /// order); `*hint` becomes where this one starts. The hint only tells
    /// where to look first: the run found is the one a search of all the
    /// runs finds, whatever the hint.
    pub fn to_original_from(&self, start: usize, end: usize, hint: &mut usize) -> Span {
        if self.text.is_empty() || start >= self.text.len() {
            return Span::new(self.original_len, self.original_len);
        }
        let end = end.min(self.text.len());
        let k = self.run_index(start, *hint);
        *hint = k;
        let s = self.source_start(k, start);
        if end <= start {
            return Span::new(s, s);
        }
        // `end - 1` is at or after `start`: its run is `k` or a later one
        let e = self.source_end(self.run_index(end - 1, k), end - 1);
        Span::new(s, e.max(s))
    }

    /// The index of the run holding byte `b` of the text (`b < text.len()`):
    /// the last run starting at or before `b` (the first run when none
    /// does, as the runs' binary search would say).
    ///
    /// Looked for from run `from` on when that run starts at or before `b`
    /// (else from the first): the runs are in text order, so the run sought
    /// is `from` or a later one; the next few are tried one by one (a span
    /// mostly ends in the run it starts in, or a close one), then the rest
    /// searched.
    fn run_index(&self, b: usize, from: usize) -> usize {
        let runs = &self.runs;
        let mut k = if runs.get(from).is_some_and(|r| r.norm as usize <= b) {
            from
        } else {
            0
        };
        for _ in 0..4 {
            match runs.get(k + 1) {
                Some(r) if r.norm as usize <= b => k += 1,
                _ => return k,
            }
        }
        k + runs
            .get(k + 1..)
            .map_or(0, |rest| rest.partition_point(|r| r.norm as usize <= b))
    }

    /// The original start of the source of the char holding byte `b`, in
    /// run `k`.
    fn source_start(&self, k: usize, b: usize) -> usize {
        let Some(&run) = self.runs.get(k) else {
            return self.original_len;
        };
        if run.end != SHIFTED {
            return run.start as usize;
        }
        let mut c = b;
        while !self.text.is_char_boundary(c) {
            c -= 1;
        }
        run.start as usize + (c - run.norm as usize)
    }

    /// The original end of the source of the char holding byte `b`, in run
    /// `k`.
    fn source_end(&self, k: usize, b: usize) -> usize {
        let Some(&run) = self.runs.get(k) else {
            return self.original_len;
        };
        if run.end != SHIFTED {
            return run.end as usize;
        }
        let mut c = b + 1;
        while !self.text.is_char_boundary(c) {
            c += 1;
        }
        run.start as usize + (c - run.norm as usize)
    }
}

// Character classes, computed once per char of the cleaned stream.
const ALPHA: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const SPACE: u8 = 8;
const NUMERIC: u8 = 16;
/// Not a class: the piece is its original char, unchanged.
const COPIED: u8 = 32;

/// One character of the cleaned stream with the original range it stands for.
#[derive(Clone, Copy, Debug)]
struct Piece {
    ch: char,
    start: u32,
    end: u32,
    /// [`ALPHA`], [`LOWER`], [`UPPER`], [`SPACE`], [`NUMERIC`] of `ch`.
    class: u8,
}

impl Piece {
    #[inline]
    fn new(ch: char, start: u32, end: u32) -> Piece {
        Piece {
            ch,
            start,
            end,
            class: class_of(ch),
        }
    }
    fn is(&self, class: u8) -> bool {
        self.class & class != 0
    }
    fn is_alphanumeric(&self) -> bool {
        self.is(ALPHA | NUMERIC)
    }
}

/// The classes of `c`, as `char::is_alphabetic` and friends would say.
#[inline]
fn class_of(c: char) -> u8 {
    const fn ascii_class(b: u8) -> u8 {
        match b {
            b'a'..=b'z' => ALPHA | LOWER,
            b'A'..=b'Z' => ALPHA | UPPER,
            b'0'..=b'9' => NUMERIC,
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => SPACE,
            _ => 0,
        }
    }
    const ASCII: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut i = 0;
        while i < 128 {
            t[i] = ascii_class(i as u8);
            i += 1;
        }
        t
    };
    match ASCII.get(c as usize) {
        Some(&k) => k,
        None => class_of_wide(c),
    }
}

/// Whether `c` is alphabetic and whether it is upper case, as
/// `char::is_alphabetic` and `char::is_uppercase` say, without their table
/// look-ups for the letters of Vietnamese.
pub(crate) fn alphabetic_upper(c: char) -> (bool, bool) {
    let k = class_of(c);
    (k & ALPHA != 0, k & UPPER != 0)
}

/// [`class_of`] beyond ASCII.
fn class_of_wide(c: char) -> u8 {
    let u = c as u32;
    // The letters of Vietnamese outside ASCII, upper and lower case alternating.
    let pair = match u {
        0x1EA0..=0x1EF9
        | 0x0102
        | 0x0103
        | 0x0110
        | 0x0111
        | 0x0128
        | 0x0129
        | 0x0168
        | 0x0169
        | 0x01A0
        | 0x01A1 => Some(u & 1 == 0),
        0x01AF => Some(true),
        0x01B0 => Some(false),
        0x00C0..=0x00DE if u != 0xD7 => Some(true),
        0x00DF..=0x00FF if u != 0xF7 => Some(false),
        _ => None,
    };
    if let Some(upper) = pair {
        return ALPHA | if upper { UPPER } else { LOWER };
    }
    let mut k = 0;
    if c.is_alphabetic() {
        k |= ALPHA;
    }
    if c.is_lowercase() {
        k |= LOWER;
    }
    if c.is_uppercase() {
        k |= UPPER;
    }
    if c.is_whitespace() {
        k |= SPACE;
    }
    if c.is_numeric() {
        k |= NUMERIC;
    }
    k
}

/// The canonical combining class of `c`, without a table look-up for
/// ASCII, Latin letters and Vietnamese.
fn combining_class(c: char) -> u8 {
    if (c as u32) < 0x300 || (0x1E00..=0x1EFF).contains(&(c as u32)) {
        0
    } else {
        canonical_combining_class(c)
    }
}

/// Whether `c` alone is already NFC (and a starter).
fn is_nfc_char(c: char) -> bool {
    (c as u32) < 0x300
        || (0x1E00..=0x1EFF).contains(&(c as u32))
        || matches!(
            unicode_normalization::is_nfc_quick(std::iter::once(c)),
            unicode_normalization::IsNormalized::Yes
        )
}

/// Builds the tables of normalization now rather than on first use.
pub(crate) fn prepare() {
    expansions::prepare();
}

/// Normalizes `input`; see the module docs for what changes.
pub(crate) fn normalize(input: &str) -> Normalized {
    run(input, Builder::with_capacity(input.len(), true)).finish(input.len())
}

/// The folded normalized text of `input` alone, without the offset map.
fn normalize_folded(input: &str) -> String {
    run(input, Builder::with_capacity(input.len(), false)).folded
}

fn run(input: &str, mut out: Builder) -> Builder {
    let mut chunk = Chunk::new();
    let bytes = input.as_bytes();
    // Words that come out as they are (most of them) are copied whole; the
    // text between them goes through the char-by-char path. Every word
    // copied starts the text or follows an ASCII space or newline, so the
    // char-by-char path always stops on a whitespace char, where its state
    // (the pending chunk, the composition cluster) is empty.
    // Copied words, and the single space or newline between two of them,
    // go out as one slice from `copy_from` to `slow_from`. (A space before
    // a char that is not a copied word's may compose with it.) The folded
    // text takes the same slice from `fold_from`, ASCII lower-cased: only
    // its non-ASCII capitals are folded one by one, as they come.
    let mut copy_from: Option<usize> = None;
    let mut fold_from = 0;
    let mut slow_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (end, look) = scan_word(input, i);
        let look = match look {
            Some(look) => Some(look),
            None => match capital_word(input, i, end) {
                Some(Capitals::Plain(look)) => Some(look),
                // An abbreviation alone ("UBND", "HĐND,") goes out as the
                // char-by-char path would make it, without its pieces: the
                // text before it first (which ends with the space or newline
                // before it).
                Some(Capitals::Abbreviation(expansion, letters_end)) => {
                    if let Some(from) = copy_from.take() {
                        copy(input, from, fold_from, slow_from, &mut out);
                    }
                    slow(input, slow_from, i, &mut chunk, &mut out);
                    out.push_expansion_folded(expansion, i as u32, letters_end as u32);
                    if let Some(mark) = input.get(letters_end..end).and_then(|m| m.chars().next()) {
                        out.push(mark, letters_end as u32, end as u32);
                    }
                    slow_from = end;
                    i = end + 1;
                    continue;
                }
                None => None,
            },
        };
        if let Some(look) = look.filter(|_| end > i) {
            let joined = copy_from.is_some() && slow_from + 1 == i;
            if !joined {
                if let Some(from) = copy_from.take() {
                    copy(input, from, fold_from, slow_from, &mut out);
                }
                slow(input, slow_from, i, &mut chunk, &mut out);
                copy_from = Some(i);
                fold_from = i;
            }
            if out.map
                && let Some(len) = look.token
            {
                // where the word lands: the pending slice keeps its length
                let at = (out.folded.len() + (i - fold_from)) as u32;
                out.words.push((at, at + len as u32));
            }
            match look.fold {
                Fold::Nothing => {}
                Fold::First => {
                    if let Some(first) = input.get(i..).and_then(|w| w.chars().next())
                        && !first.is_ascii()
                    {
                        flush_folded(input, fold_from, i, &mut out.folded);
                        out.folded.push(fold_char(first));
                        fold_from = i + first.len_utf8();
                    }
                }
                Fold::All => {
                    if let Some(word) = input.get(i..end)
                        && !word.is_ascii()
                    {
                        flush_folded(input, fold_from, i, &mut out.folded);
                        push_folded(&mut out.folded, word);
                        fold_from = end;
                    }
                }
            }
            // the words right after it that need nothing but their range
            let words = if out.map { Some(&mut out.words) } else { None };
            slow_from = take_words(input, end, words, out.folded.len(), fold_from);
            i = slow_from + 1;
            continue;
        }
        i = end + 1;
    }
    if let Some(from) = copy_from {
        copy(input, from, fold_from, slow_from, &mut out);
    }
    slow(input, slow_from, bytes.len(), &mut chunk, &mut out);
    chunk.flush(input, &mut out);
    out
}

/// Appends `input[from..to]` as it is to the text, and the part of its
/// folded form not yet written, `input[fold_from..to]`, to the folded text.
fn copy(input: &str, from: usize, fold_from: usize, to: usize, out: &mut Builder) {
    flush_folded(input, fold_from, to, &mut out.folded);
    if let Some(slice) = input.get(from..to) {
        out.push_text_slice(slice, from as u32);
    }
}

/// Appends `input[from..to]`, which holds no non-ASCII capital, folded.
fn flush_folded(input: &str, from: usize, to: usize, folded: &mut String) {
    if let Some(slice) = input.get(from..to) {
        let at = folded.len();
        folded.push_str(slice);
        if let Some(tail) = folded.get_mut(at..) {
            tail.make_ascii_lowercase();
        }
    }
}

/// The char-by-char path over `input[from..to]`.
fn slow(input: &str, from: usize, to: usize, chunk: &mut Chunk, out: &mut Builder) {
    let Some(segment) = input.get(from..to) else {
        return;
    };
    // Spaces alone between two copied words, the commonest case.
    if segment.bytes().all(|b| b == b' ' || b == b'\n') {
        for (k, b) in segment.bytes().enumerate() {
            let at = (from + k) as u32;
            out.push(char::from(b), at, at + 1);
        }
        return;
    }
    compose(input, from, to, |p| {
        if p.is(SPACE) {
            chunk.flush(input, out);
            out.push(p.ch, p.start, p.end);
        } else {
            chunk.add(p);
        }
    });
}

/// Whether the chunk holding `c` (of classes `class`, the `index`-th char)
/// right after `prev` may be changed by the spaces, tones or abbreviations
/// steps: a superset of what they act on. An upper-case letter after two
/// chars (glued words), a char after ',;:', a toned a, e or y after o or u
/// (a tone), an upper-case letter followed by a char of an abbreviation.
#[inline]
fn busy_pair(prev: char, prev_class: u8, c: char, class: u8, index: usize) -> bool {
    busy_but_tone(prev, prev_class, c, class, index) || tone_pair(prev, c)
}

/// [`busy_pair`] without the tone test.
#[inline]
fn busy_but_tone(prev: char, prev_class: u8, c: char, class: u8, index: usize) -> bool {
    (class & UPPER != 0 && index >= 2)
        || matches!(prev, ',' | ';' | ':')
        || (prev_class & UPPER != 0 && crate::lexicon::abbreviations::may_continue(c))
}

/// A toned a, e or y after o or u: a new-style tone if nothing alphanumeric
/// follows ("hoà"), none inside a word ("hoàng").
#[inline]
fn tone_pair(prev: char, c: char) -> bool {
    matches!(prev, 'o' | 'O' | 'u' | 'U') && tones::second(c).is_some()
}

/// How a word that comes out of normalization as it is looks (see
/// [`plain_word`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Plain {
    /// The length of the token the word starts with, when the tokenizer may
    /// take it whole: the word itself when it is letters and digits only,
    /// or all of it but a final punctuation mark ("tỉnh,") that no word
    /// boundary rule joins to it.
    token: Option<usize>,
    /// Which of its chars folding may change.
    fold: Fold,
}

/// Which chars of a plain word [`fold_char`] may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fold {
    /// None: the word is its own folded form.
    Nothing,
    /// The first char alone (the others are lower case or not letters).
    First,
    /// Any.
    All,
}

/// Whether `word` (free of ASCII spaces and newlines) comes out of
/// normalization as it is: every char is its own cleaned form, a starter
/// that composes with nothing (ASCII, Latin below U+0300, Latin Extended
/// Additional), no whitespace, and no step would touch the chunk.
///
/// `None` when it is not; else how it looks.
fn plain_word(word: &str) -> Option<Plain> {
    match scan_word(word, 0) {
        (end, look) if end == word.len() => look,
        _ => None,
    }
}

/// Bytes that may go on a lower-case word: ASCII lower-case letters and
/// digits (`1`), ASCII space and newline, which end it (`2`).
#[cfg(test)]
const WORD_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'0'..=b'9' => 1,
            b' ' | b'\n' => 2,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The end of the word at `start` of `input` (the next ASCII space or
/// newline, or the end of the input) and [`plain_word`] of it, in one pass
/// over its bytes for the common words: lower-case letters and digits,
/// maybe after one upper-case letter, maybe before one ASCII punctuation
/// mark. Those need no class look-up: no pair is busy but a toned vowel
/// after 'o' or 'u' that ends the word (a tone to move) and an
/// abbreviation's char after the capital. Other words go
/// [`plain_word_by_classes`].
fn scan_word(input: &str, start: usize) -> (usize, Option<Plain>) {
    let bytes = input.as_bytes();
    let mut k = start;
    let mut fold = Fold::Nothing;
    if let Some(len) = upper_len(bytes, k) {
        fold = Fold::First;
        k += len;
        if abbreviation_goes_on(input, k) {
            return (word_end(bytes, k), None);
        }
    }
    // after 'O' or 'U', a toned vowel may be one to move
    let after_ou = k == start + 1 && matches!(bytes.get(start), Some(b'O' | b'U'));
    let (k, toned, stop) = letters_run(bytes, k, after_ou);
    let punct = match stop {
        RunStop::End => None,
        // One ASCII punctuation mark that ends the word (after a lone
        // capital, it was found no abbreviation's char above).
        RunStop::Mark => Some(k - 1),
        RunStop::Other => {
            let end = word_end(bytes, k);
            return (end, input.get(start..end).and_then(plain_word_by_classes));
        }
    };
    if toned && letters_end_with_tone(input, start, punct.unwrap_or(k)) {
        return (k, None);
    }
    (
        k,
        Some(Plain {
            token: token_len(bytes, start, k, punct),
            fold,
        }),
    )
}

/// [`Plain::token`] of the word `start..end` of [`lower_run`]'s letters
/// and digits, `mark` the index of its final punctuation mark if it has
/// one. Of the ASCII punctuation only '_' (ExtendNumLet) joins the letters
/// before it into one word at the word boundaries of UAX #29; the others
/// ('.', ',', ':', '\'', …) join only when a letter or digit follows, and a
/// final mark is followed by a space, a line break or the end.
#[inline]
fn token_len(bytes: &[u8], start: usize, end: usize, mark: Option<usize>) -> Option<usize> {
    match mark {
        None => Some(end - start),
        Some(m) if m > start && bytes.get(m) != Some(&b'_') => Some(m - start),
        Some(_) => None,
    }
}

/// How [`lower_run`] stopped.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RunStop {
    /// At an ASCII space or newline, or the end of the input.
    End,
    /// After one ASCII punctuation mark that ends the word ([`is_final_mark`]).
    Mark,
    /// At a char that is neither: the word needs [`plain_word_by_classes`].
    Other,
}

/// [`lower_run`] through the automaton of [`words`], two bytes a step,
/// from `k` (`after_ou`: right after an 'O' or 'U'): where the run stops
/// and how, as `lower_run` says, and whether its letters end with a toned
/// a, e or y right after 'o' or 'u' ([`words::TONED`]): the one case where
/// [`ends_with_tone`] may hold of `lower_run`'s last char beyond ASCII.
/// (At [`RunStop::Other`], the place of a byte of the char that stopped
/// it, not always its first: only the word's end is looked for from it.)
#[inline(always)]
fn letters_run(bytes: &[u8], k: usize, after_ou: bool) -> (usize, bool, RunStop) {
    use words::{END, END_MARK, END_TONED, END_TONED_MARK, MARK, TONED, TONED_MARK};
    // how the run ends when the automaton stops in `state` on the byte
    // before `at`
    let stopped = |state: words::State, at: usize| match state {
        END => (at - 1, false, RunStop::End),
        END_TONED => (at - 1, true, RunStop::End),
        END_MARK => (at - 1, false, RunStop::Mark),
        END_TONED_MARK => (at - 1, true, RunStop::Mark),
        _ => (at - 1, false, RunStop::Other),
    };
    let mut state = if after_ou {
        words::AFTER_OU
    } else {
        words::LETTERS
    };
    let mut i = k;
    while let Some(&[b0, b1]) = bytes.get(i..i + 2) {
        // (the table of `take_words`, which goes on past a word's end: one
        // table in the cache for both)
        let (next, event) = words::word_pair_step(state, b0, b1);
        if (next >= words::EXIT) | (event != 0) {
            if event & words::ENDED != 0 {
                // the word ends at the space or newline of the pair
                let at = i + 1 + usize::from(event & words::SPACE_SECOND != 0);
                let end = if event & words::WITH_MARK != 0 {
                    END_MARK
                } else {
                    END
                };
                return stopped(end, at);
            }
            let (state, second) = words::pair_stop(next);
            return stopped(state, i + 1 + second);
        }
        state = next;
        i += 2;
    }
    if let Some(&b) = bytes.get(i) {
        state = words::step(state, b);
        i += 1;
        if state >= words::EXIT {
            return stopped(state, i);
        }
    }
    // the end of the input
    match state {
        words::LETTERS | words::AFTER_OU => (i, false, RunStop::End),
        TONED => (i, true, RunStop::End),
        MARK => (i, false, RunStop::Mark),
        TONED_MARK => (i, true, RunStop::Mark),
        _ => (i, false, RunStop::Other),
    }
}

/// The run of lower-case letters and digits of Vietnamese from `k`: where
/// it stops, where its last char beyond ASCII starts, and how it stopped.
/// The plain definition of [`letters_run`], and the loop of the tests'
/// [`take_words`] by scan.
#[cfg(test)]
fn lower_run(bytes: &[u8], mut k: usize) -> (usize, Option<usize>, RunStop) {
    let mut last_wide = None;
    while let Some(&b) = bytes.get(k) {
        match WORD_BYTES[usize::from(b)] {
            1 => {
                k += 1;
                continue;
            }
            2 => break,
            _ => {}
        }
        let len = lower_len(bytes, k);
        if len == 0 {
            if is_final_mark(bytes, k) {
                return (k + 1, last_wide, RunStop::Mark);
            }
            return (k, last_wide, RunStop::Other);
        }
        last_wide = Some(k);
        k += len;
    }
    (k, last_wide, RunStop::End)
}

/// Whether the char at `k`, right after a capital, is one an abbreviation
/// may go on with (no abbreviation has a space past its first char).
#[inline]
fn abbreviation_goes_on(input: &str, k: usize) -> bool {
    input
        .get(k..)
        .and_then(|t| t.chars().next())
        .is_some_and(|c| c != ' ' && c != '\n' && crate::lexicon::abbreviations::may_continue(c))
}

/// The UTF-8 length of the char at `k` when it is one of the lower-case
/// letters of Vietnamese beyond ASCII, told from their bytes: U+00DF–U+00FF
/// but for U+00F0 and U+00F7, ă, đ, ĩ, ũ, ơ, ư, and the odd code points of
/// U+1EA1–U+1EF9; else 0.
#[inline(always)]
pub(crate) fn lower_len(bytes: &[u8], k: usize) -> usize {
    match (bytes.get(k), bytes.get(k + 1), bytes.get(k + 2)) {
        (Some(0xC3), Some(0x9F..=0xAF | 0xB1..=0xB6 | 0xB8..=0xBF), _)
        | (Some(0xC4), Some(0x83 | 0x91 | 0xA9), _)
        | (Some(0xC5), Some(0xA9), _)
        | (Some(0xC6), Some(0xA1 | 0xB0), _) => 2,
        (Some(0xE1), Some(0xBA), Some(&c)) if c >= 0xA1 && c & 1 == 1 => 3,
        (Some(0xE1), Some(0xBB), Some(&c)) if c <= 0xB9 && c & 1 == 1 => 3,
        _ => 0,
    }
}

/// Whether the byte at `k` is an ASCII punctuation mark a plain word may
/// end with: the last of the word, neither '&' (an entity) nor '`' (a
/// quote to clean).
#[cfg(test)]
#[inline]
fn is_final_mark(bytes: &[u8], k: usize) -> bool {
    let ends = matches!(bytes.get(k + 1), None | Some(b' ' | b'\n'));
    ends && bytes
        .get(k)
        .is_some_and(|&b| b.is_ascii_punctuation() && b != b'&' && b != b'`')
}

/// Whether the letters of the word at `start` end at `end` with a toned
/// vowel after 'o' or 'u' that [`tones::canonicalize`] moves (a new-style
/// tone: "hoà", not "quả"), the vowel starting at `wide`, the last char of
/// the word beyond ASCII. (Every char before the letters' end is
/// alphanumeric.)
#[inline]
fn ends_with_tone(input: &str, start: usize, wide: usize, end: usize) -> bool {
    let bytes = input.as_bytes();
    let first = match wide.checked_sub(1).and_then(|k| bytes.get(k)) {
        Some(&b @ (b'o' | b'u' | b'O' | b'U')) if wide > start => char::from(b),
        _ => return false,
    };
    let Some(second) = input
        .get(wide..end)
        .and_then(|t| t.chars().next())
        .filter(|c| c.len_utf8() == end - wide && tones::second(*c).is_some())
    else {
        return false;
    };
    let before = input
        .get(start..wide - 1)
        .and_then(|t| t.chars().next_back());
    tones::moves(before, first, second)
}

/// [`ends_with_tone`] of the word at `start` whose letters end at `end`
/// with a toned vowel after 'o' or 'u', the vowel being their last char.
#[cold]
#[inline(never)]
fn letters_end_with_tone(input: &str, start: usize, end: usize) -> bool {
    input
        .get(start..end)
        .and_then(|w| w.char_indices().next_back())
        .is_some_and(|(at, _)| ends_with_tone(input, start, start + at, end))
}

/// For [`take_words`], the word at `start` that the automaton left in
/// `state` at `k` (after the byte that stopped it, or at the end of the
/// input), `state` being neither [`words::END`] nor [`words::END_MARK`]:
/// where it ends and whether it ends with a mark, when it is a word to
/// take: its letters end it and the input, or they end with a toned vowel
/// after 'o' or 'u' that stays.
#[inline(never)]
fn other_word_end(
    input: &str,
    start: usize,
    k: usize,
    state: words::State,
) -> Option<(usize, bool)> {
    let at_end = k >= input.len();
    let (word_end, mark, toned) = match state {
        words::END_TONED => (k - 1, false, true),
        words::END_TONED_MARK => (k - 1, true, true),
        // the input ends the word
        words::LETTERS | words::AFTER_OU | words::CAPITAL | words::CAPITAL_OU if at_end => {
            (k, false, false)
        }
        words::MARK if at_end => (k, true, false),
        words::TONED if at_end => (k, false, true),
        words::TONED_MARK if at_end => (k, true, true),
        _ => return None,
    };
    let letters_end = word_end - usize::from(mark);
    if toned && letters_end_with_tone(input, start, letters_end) {
        return None;
    }
    Some((word_end, mark))
}

/// Takes the words after `end`, the end of a copied word, one by one, while
/// each follows a single space or newline and needs nothing but its range
/// noted: the commonest words [`scan_word`] finds plain, with no capital
/// beyond ASCII to fold. Each token's range goes to `words`, placed as the
/// word lands in the folded text (`folded_len` bytes long, the input from
/// `fold_from` on still to come). Returns the end of the last word taken
/// (`end` when none).
///
/// A word not taken is looked at again by [`scan_word`]: this is a short
/// cut, without the cost of a call and of its result per word. The bytes
/// go through the automaton of [`words`], one table look-up for two bytes
/// (so that the chain of its states, one look-up waiting on the last, is
/// half as long as a byte at a time). The look-up goes on past the end of
/// a word ([`words::word_pair_step`]), and the word is noted with no
/// branch on where it ended: the automaton stops (a branch) only at the
/// word not to take, or at one that ends with a toned vowel.
#[inline(never)]
fn take_words(
    input: &str,
    end: usize,
    words: Option<&mut Vec<(u32, u32)>>,
    folded_len: usize,
    fold_from: usize,
) -> usize {
    let bytes = input.as_bytes();
    if !matches!(bytes.get(end), Some(b' ' | b'\n')) {
        return end;
    }
    let mut sink = Sink {
        input,
        words,
        folded_len,
        fold_from,
    };
    // the ends of words read and not yet noted (see [`Sink::flush`]): the
    // first `count`
    let mut ends = [0u64; ENDS];
    let mut count = 0;
    // where the word being read starts, and the end of the last word taken
    // (both as of the last flush)
    let mut start = end + 1;
    let mut taken = end;
    let mut state = words::START;
    // two bytes a step, eight a turn (one test of the end of the input),
    // then the last ones; after a word that stops the automaton, from the
    // byte after it
    let mut k = end + 1;
    loop {
        let stop = if let Some(eight) = bytes
            .get(k..k + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
        {
            // room for the four ends a turn may read
            if count > ENDS - 4 {
                (start, taken) = sink.flush(ends.get(..count).unwrap_or(&[]), start, taken);
                count = 0;
            }
            // (the eight bytes in one register, taken apart by shifts)
            let w = u64::from_le_bytes(eight);
            let byte = |j: u32| (w >> (8 * j)) as u8;
            let read = read_pair(&mut state, &mut ends, &mut count, byte(0), byte(1), k)
                .and_then(|()| {
                    read_pair(&mut state, &mut ends, &mut count, byte(2), byte(3), k + 2)
                })
                .and_then(|()| {
                    read_pair(&mut state, &mut ends, &mut count, byte(4), byte(5), k + 4)
                })
                .and_then(|()| {
                    read_pair(&mut state, &mut ends, &mut count, byte(6), byte(7), k + 6)
                });
            match read {
                Ok(()) => {
                    k += 8;
                    continue;
                }
                Err(at) => at,
            }
        } else if let Some(&[b0, b1]) = bytes.get(k..k + 2) {
            if count > ENDS - 1 {
                (start, taken) = sink.flush(ends.get(..count).unwrap_or(&[]), start, taken);
                count = 0;
            }
            match read_pair(&mut state, &mut ends, &mut count, b0, b1, k) {
                Ok(()) => {
                    k += 2;
                    continue;
                }
                Err(at) => at,
            }
        } else {
            (start, taken) = sink.flush(ends.get(..count).unwrap_or(&[]), start, taken);
            if let Some(&b) = bytes.get(k) {
                k += 1;
                state = words::step(state, b);
                if state >= words::EXIT {
                    if let Some((word_end, mark)) = stopped(input, start, k, state) {
                        sink.note(start, word_end, mark);
                        taken = word_end;
                        start = word_end + 1;
                        state = words::START;
                    } else {
                        return taken;
                    }
                }
            }
            // the end of the input in the word
            if let Some((word_end, mark)) = other_word_end(input, start, k, state) {
                sink.note(start, word_end, mark);
                taken = word_end;
            }
            return taken;
        };
        // the automaton stopped on the byte before `stop`
        (start, taken) = sink.flush(ends.get(..count).unwrap_or(&[]), start, taken);
        count = 0;
        match stopped(input, start, stop, state) {
            Some((word_end, mark)) => {
                sink.note(start, word_end, mark);
                taken = word_end;
                start = word_end + 1;
                state = words::START;
                k = stop;
            }
            None => return taken,
        }
    }
}

/// How many ends of words [`take_words`] reads before it notes them.
const ENDS: usize = 32;

/// Reads `b0` and `b1`, the bytes at `k` and `k + 1`, from `state`: `Ok`
/// when the automaton goes on after them; else `Err` of the place after
/// the byte it stopped on, `state` being the state it stopped in. A word
/// that ends at one of them goes to `ends[count]` as the place of the pair
/// times 8 plus the bits of [`words::word_pair_step`] ([`words::ENDED`]
/// counted), written with no branch on whether a word ended.
#[inline(always)]
fn read_pair(
    state: &mut words::State,
    ends: &mut [u64; ENDS],
    count: &mut usize,
    b0: u8,
    b1: u8,
    k: usize,
) -> Result<(), usize> {
    let (next, event) = words::word_pair_step(*state, b0, b1);
    ends[*count % ENDS] = ((k as u64) << 3) | u64::from(event);
    *count += usize::from(event & words::ENDED);
    if next < words::EXIT {
        *state = next;
        return Ok(());
    }
    // the first byte or the second stops the automaton
    let second;
    (*state, second) = words::pair_stop(next);
    Err(k + 1 + second)
}

/// After the automaton stopped in `state` on the byte before `at`, in the
/// word at `start`: where the word ends (at its space or newline) and
/// whether it ends with a mark, if it is one to take.
#[inline]
fn stopped(input: &str, start: usize, at: usize, state: words::State) -> Option<(usize, bool)> {
    if state <= words::END_MARK {
        Some((at - 1, state == words::END_MARK))
    } else {
        other_word_end(input, start, at, state)
    }
}

/// Where [`take_words`] notes the words it takes.
struct Sink<'a> {
    input: &'a str,
    words: Option<&'a mut Vec<(u32, u32)>>,
    folded_len: usize,
    fold_from: usize,
}

impl Sink<'_> {
    /// Takes the words that end as `ends` say ([`read_pair`]), one after
    /// the other from `start`, when `taken` is the end of the last word
    /// taken: the start of the word after them, and the end of the last.
    #[inline(never)]
    fn flush(&mut self, ends: &[u64], mut start: usize, mut taken: usize) -> (usize, usize) {
        for &end in ends {
            // the space or newline, the pair's first byte or its second
            let space =
                (end >> 3) as usize + usize::from(end & u64::from(words::SPACE_SECOND) != 0);
            self.note(start, space, end & u64::from(words::WITH_MARK) != 0);
            taken = space;
            start = space + 1;
        }
        (start, taken)
    }

    /// Notes the token of the word from `start` to `word_end` (`mark`:
    /// ending with a mark), placed as it lands in the folded text.
    #[inline]
    fn note(&mut self, start: usize, word_end: usize, mark: bool) {
        // [`token_len`]: the word but its mark, unless that leaves nothing
        // or the mark is '_'
        let len = word_end.saturating_sub(start + usize::from(mark));
        let last = self
            .input
            .as_bytes()
            .get(word_end.wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        // (bit 3 of 0b1000 picked by the two tests, not a branch on the
        // mark: one branch, on whether there is a token, and there nearly
        // always is)
        let tests = (u8::from(mark) << 1) | u8::from((len == 0) | (last == b'_'));
        let no_token = (0b1000u8 >> tests) & 1;
        if let Some(words) = self.words.as_deref_mut()
            && no_token == 0
        {
            let at = (self.folded_len + start.saturating_sub(self.fold_from)) as u32;
            words.push((at, at + len as u32));
        }
    }
}

/// The index of the first ASCII space or newline in `bytes` from `from`, or
/// the length.
fn word_end(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == b' ' || b == b'\n'))
        .map_or(bytes.len(), |k| from + k)
}

/// The UTF-8 length of the char at `k` when it is an upper-case letter of
/// Vietnamese that is its own cleaned form: A–Z, U+00C0–U+00DE but for
/// U+00D0 (a look-alike of Đ) and U+00D7, Ă, Đ, Ĩ, Ũ, Ơ, Ư, and the even
/// code points of U+1EA0–U+1EF8.
fn upper_len(bytes: &[u8], k: usize) -> Option<usize> {
    match (bytes.get(k)?, bytes.get(k + 1), bytes.get(k + 2)) {
        (b'A'..=b'Z', _, _) => Some(1),
        (0xC3, Some(0x80..=0x8F | 0x91..=0x96 | 0x98..=0x9E), _)
        | (0xC4, Some(0x82 | 0x90 | 0xA8), _)
        | (0xC5, Some(0xA8), _)
        | (0xC6, Some(0xA0 | 0xAF), _) => Some(2),
        (0xE1, Some(0xBA), Some(&c)) if c >= 0xA0 && c & 1 == 0 => Some(3),
        (0xE1, Some(0xBB), Some(&c)) if c <= 0xB8 && c & 1 == 0 => Some(3),
        _ => None,
    }
}
/// Whether `c` is an ASCII digit or one of the letters a word of
/// Vietnamese is written with (ASCII, Latin-1 and Vietnamese letters): a
/// run of them is one word at Unicode word boundaries.
fn is_word_char(c: char) -> bool {
    let u = c as u32;
    c.is_ascii_alphanumeric()
        || (matches!(u, 0xC0..=0xFF) && u != 0xD7 && u != 0xF7)
        || matches!(
            u,
            0x102
                | 0x103
                | 0x110
                | 0x111
                | 0x128
                | 0x129
                | 0x168
                | 0x169
                | 0x1A0
                | 0x1A1
                | 0x1AF
                | 0x1B0
        )
        || (0x1EA0..=0x1EF9).contains(&u)
}

/// [`plain_word`] char by char, by class.
fn plain_word_by_classes(word: &str) -> Option<Plain> {
    let mut prev: Option<(char, u8)> = None;
    // the char before `prev`
    let mut before: Option<char> = None;
    // a toned vowel after o or u, to move if nothing alphanumeric follows
    let mut tone = false;
    let mut one_word = true;
    for (k, c) in word.chars().enumerate() {
        let class = if c.is_ascii() {
            if matches!(c, '&' | '`') || c.is_ascii_control() {
                return None;
            }
            class_of(c)
        } else {
            let u = c as u32;
            if !(u < 0x300 || (0x1E00..=0x1EFF).contains(&u)) || clean_char(c) != Some(c) {
                return None;
            }
            let class = class_of(c);
            if class & SPACE != 0 {
                return None;
            }
            class
        };
        if tone && class & (ALPHA | NUMERIC) == 0 {
            return None;
        }
        tone = false;
        if let Some((pc, pclass)) = prev {
            if busy_but_tone(pc, pclass, c, class, k) {
                return None;
            }
            tone = tone_pair(pc, c) && tones::moves(before, pc, c);
        }
        one_word &= is_word_char(c);
        before = prev.map(|(pc, _)| pc);
        prev = Some((c, class));
    }
    if tone {
        return None;
    }
    let token = if one_word {
        Some(word.len())
    } else {
        // letters and digits before a final mark (see `token_len`)
        let body = word.len().saturating_sub(1);
        let mark = word
            .as_bytes()
            .last()
            .copied()
            .filter(u8::is_ascii_punctuation);
        word.get(..body)
            .filter(|b| !b.is_empty() && b.chars().all(is_word_char))
            .and(mark)
            .and_then(|_| token_len(word.as_bytes(), 0, word.len(), Some(body)))
    };
    Some(Plain {
        token,
        fold: Fold::All,
    })
}

/// The cleaned stream: entities decoded, look-alikes, spaces, dashes and
/// quotes mapped, zero-width characters dropped.
struct Cleaner<'a> {
    input: &'a str,
    pos: usize,
    /// Where the stream stops (a char boundary); references are decoded
    /// looking at the whole input.
    end: usize,
}

impl Iterator for Cleaner<'_> {
    type Item = Piece;

    #[inline]
    fn next(&mut self) -> Option<Piece> {
        loop {
            let i = self.pos;
            if i >= self.end {
                return None;
            }
            let rest = self.input.get(i..)?;
            let b = *rest.as_bytes().first()?;
            if b < 0x80 {
                if b == b'&' {
                    if let Some((decoded, len)) = entities::decode_at(rest) {
                        self.pos = i + len;
                        match clean_char(decoded) {
                            Some(ch) => return Some(Piece::new(ch, i as u32, (i + len) as u32)),
                            None => continue,
                        }
                    }
                }
                self.pos = i + 1;
                let ch = match b {
                    b'\n' => '\n',
                    b'\r' => '\n',
                    b'`' => '\'',
                    0..=0x1F | 0x7F => ' ',
                    _ => b as char,
                };
                let mut p = Piece::new(ch, i as u32, (i + 1) as u32);
                if ch as u32 == u32::from(b) {
                    p.class |= COPIED;
                }
                return Some(p);
            }
            let ch = rest.chars().next()?;
            let len = ch.len_utf8();
            self.pos = i + len;
            if let Some(mapped) = clean_char(ch) {
                let mut p = Piece::new(mapped, i as u32, (i + len) as u32);
                if mapped == ch {
                    p.class |= COPIED;
                }
                return Some(p);
            }
        }
    }
}

/// The cleaned form of `ch`, `None` for a character that is dropped.
fn clean_char(ch: char) -> Option<char> {
    Some(match ch {
        '\u{00D0}' | '\u{0189}' => 'Đ',
        '\u{00F0}' => 'đ',
        '\u{00A0}'
        | '\u{202F}'
        | '\u{2009}'
        | '\u{2002}'..='\u{2008}'
        | '\u{200A}'
        | '\u{3000}'
        | '\t' => ' ',
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return None,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' => '\'',
        '\r' => '\n',
        '\u{0340}' => '\u{0300}',
        '\u{0341}' => '\u{0301}',
        c if c.is_control() && c != '\n' => ' ',
        c => c,
    })
}

/// NFC of the cleaned stream, one starter-led cluster at a time, each output
/// char mapped to the cluster's original range. What composition yields is
/// cleaned again ("\u{2000}" composes to "\u{2002}", a space), so that
/// normalizing twice changes nothing.
fn compose(input: &str, from: usize, to: usize, mut emit: impl FnMut(Piece)) {
    let mut cleaner = Cleaner {
        input,
        pos: from,
        end: to,
    };
    let mut cluster = String::new();
    let mut next = cleaner.next();
    while let Some(first) = next {
        next = cleaner.next();
        let joins = |n: Option<Piece>| n.is_some_and(|n| combining_class(n.ch) != 0);
        if !joins(next) && is_nfc_char(first.ch) {
            emit(first);
            continue;
        }
        cluster.clear();
        cluster.push(first.ch);
        let mut end = first.end;
        while let Some(n) = next.filter(|&n| joins(Some(n))) {
            cluster.push(n.ch);
            end = n.end;
            next = cleaner.next();
        }
        emit_nfc(&cluster, first.start, end, &mut emit);
    }
}

fn emit_nfc(cluster: &str, start: u32, end: u32, emit: &mut impl FnMut(Piece)) {
    for ch in cluster.nfc() {
        if let Some(ch) = clean_char(ch) {
            emit(Piece::new(ch, start, end));
        }
    }
}

/// A run of non-whitespace pieces, and the buffer it is respaced into.
#[derive(Default)]
struct Chunk {
    pieces: Vec<Piece>,
    spaced: Vec<Piece>,
    /// Whether spaces, tones or abbreviations might change the pieces; when
    /// not, they are copied as they are.
    busy: bool,
    /// Whether some piece is not its original char, or not right after the
    /// one before it (when not, the chunk is a slice of the input).
    changed: bool,
}

impl Chunk {
    /// An empty chunk, its buffers sized for the longest chunks of news
    /// text (a link, a code and its number), so that they do not grow.
    fn new() -> Chunk {
        Chunk {
            pieces: Vec::with_capacity(64),
            spaced: Vec::with_capacity(64),
            busy: false,
            changed: false,
        }
    }

    fn add(&mut self, p: Piece) {
        self.changed |= !p.is(COPIED) || self.pieces.last().is_some_and(|prev| prev.end != p.start);
        if let Some(prev) = self.pieces.last() {
            self.busy |= busy_pair(prev.ch, prev.class, p.ch, p.class, self.pieces.len());
        }
        self.pieces.push(p);
    }

    /// Spaces, tones and abbreviations of the chunk, appended to `out`.
    fn flush(&mut self, input: &str, out: &mut Builder) {
        let (Some(first), Some(last)) = (self.pieces.first(), self.pieces.last()) else {
            return;
        };
        if !self.busy {
            match input.get(first.start as usize..last.end as usize) {
                Some(slice) if !self.changed => out.push_slice(slice, first.start),
                _ => out.push_pieces(input, &self.pieces),
            }
            self.pieces.clear();
            self.changed = false;
            return;
        }
        self.busy = false;
        self.changed = false;
        restore_spaces(&self.pieces, &mut self.spaced);
        self.pieces.clear();
        tones::canonicalize(&mut self.spaced);
        expand_abbreviations(input, &self.spaced, out);
    }
}

/// A space after `,;:` before a letter (unless the `;` ends an HTML
/// reference left as written, "&amp;amp;"), between a lower-case letter
/// and an upper-case one glued inside a word ("chứcHội"), and after a '.'
/// that ends a lower-case word before a capitalised one ("pháp.Ảnh").
/// `pieces` holds no whitespace.
fn restore_spaces(pieces: &[Piece], out: &mut Vec<Piece>) {
    out.clear();
    let mut word_len = 0usize;
    // letters of the word a '.' ended, when the last char is that '.'
    let mut before_dot = 0usize;
    for (k, p) in pieces.iter().enumerate() {
        if let Some(prev) = out.last().copied() {
            let next_lower = pieces.get(k + 1).is_some_and(|n| n.is(LOWER));
            // "chứcHội", and a sentence glued to the last ("pháp.Ảnh"): a
            // word of two letters or more ending lower case, a word of two
            // letters or more after it ("TP.HCM", "PGS.TS", "Th.S" stay whole)
            let after_dot =
                prev.ch == '.' && before_dot >= 2 && out.len() >= 2 && out[out.len() - 2].is(LOWER);
            // (an abbreviation after the dot splits too, as its expansion
            // would on a second pass: "thư.UBND")
            let next_alpha = pieces.get(k + 1).is_some_and(|n| n.is(ALPHA));
            let glued = p.is(UPPER)
                && (prev.is(LOWER) && word_len >= 2 && next_lower || after_dot && next_alpha);
            let after_punct = matches!(prev.ch, ',' | ';' | ':')
                && p.is(ALPHA)
                && out.len() >= 2
                && !out[out.len() - 2].is(SPACE)
                && !(prev.ch == ';' && ends_with_reference(out));
            if glued || after_punct {
                out.push(Piece {
                    ch: ' ',
                    start: p.start,
                    end: p.start,
                    class: SPACE,
                });
                word_len = 0;
            }
        }
        if p.is(ALPHA) {
            word_len += 1;
        } else if combining_class(p.ch) == 0 {
            before_dot = if p.ch == '.' { word_len } else { 0 };
            word_len = 0;
        }
        out.push(*p);
    }
}

/// Whether `pieces` ends with an HTML reference ("&amp;").
fn ends_with_reference(pieces: &[Piece]) -> bool {
    let tail = &pieces[pieces.len().saturating_sub(12)..];
    let Some(amp) = tail.iter().rposition(|p| p.ch == '&') else {
        return false;
    };
    let s: String = tail[amp..].iter().map(|p| p.ch).collect();
    entities::is_reference(&s)
}

/// Replaces known abbreviations ("UBND") by their expansion ("Ủy ban nhân
/// dân"), each expanded char mapped to the abbreviation's original range.
/// A chunk of text holding a digit or a slash ("12/QĐ-UBND", "Đ/c") is a
/// code and left alone.
fn expand_abbreviations(input: &str, pieces: &[Piece], out: &mut Builder) {
    let mut i = 0;
    while i < pieces.len() {
        if pieces[i].is(SPACE) {
            out.push_piece(&pieces[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < pieces.len() && !pieces[j].is(SPACE) {
            j += 1;
        }
        let chunk = &pieces[i..j];
        if let Some((q, k)) = numbered_military_region(chunk) {
            // "QK4": "Quân khu 4"
            out.push_pieces(input, &chunk[..q]);
            let (start, end) = (chunk[q].start, chunk[k - 1].end);
            out.push_expansion("Quân khu", start, end);
            out.push(' ', end, end);
            out.push_pieces(input, &chunk[k..]);
        } else if chunk.iter().any(|p| p.ch == '/' || p.ch.is_ascii_digit()) {
            out.push_pieces(input, chunk);
        } else {
            expand_chunk(input, chunk, out);
        }
        i = j;
    }
}

/// "QK4", "(QK7)": a military region's abbreviation glued to its number
/// (an opening parenthesis before it, punctuation after it); the index of
/// the 'Q' and of the first digit.
fn numbered_military_region(chunk: &[Piece]) -> Option<(usize, usize)> {
    let q = usize::from(chunk.first().is_some_and(|p| p.ch == '('));
    let glued = chunk.len() > q + 2
        && chunk[q].ch == 'Q'
        && chunk[q + 1].ch == 'K'
        && chunk[q + 2].ch.is_ascii_digit();
    if !glued {
        return None;
    }
    let digits = chunk[q + 2..]
        .iter()
        .take_while(|p| p.ch.is_ascii_digit())
        .count();
    let rest_is_punct = chunk[q + 2 + digits..]
        .iter()
        .all(|p| matches!(p.ch, ',' | '.' | ';' | ':' | ')' | '!' | '?'));
    (digits <= 2 && rest_is_punct).then_some((q, q + 2))
}

/// Longest abbreviation, in chars ("LĐ-TB&XH").
const MAX_ABBREVIATION_CHARS: usize = 12;

/// What the char-by-char path makes of a word of capitals (see
/// [`capital_word`]).
enum Capitals {
    /// The word as it is: a plain word, though [`scan_word`] does not see
    /// it so.
    Plain(Plain),
    /// An abbreviation's expansion, for the word's letters, which end at the
    /// index given; then the mark after them, if any, as it is.
    Abbreviation(&'static expansions::Expansion, usize),
}

/// What the char-by-char path makes of the word `input[start..end]`
/// (between two whitespace chars, or the ends of the input) when it is made
/// of capitals (A–Z, Đ, Ư) and digits, starting with a capital, maybe
/// followed by one of ",;:)." — `None` for any other word, for a military
/// region and its number ("QK4"), and for an abbreviation followed by a
/// dot that makes another one ("TP.").
///
/// No space is restored in such a word (no lower-case letter, no letter
/// after ",;:" or a dot), no tone moved (no toned vowel). With a digit it
/// is a code, left as it is; without, [`expand_chunk`] looks up only the
/// letters (or, first, the letters and the dot: '.' is the one mark that
/// may go on an abbreviation), every shorter start being followed by a
/// letter, and no letter after the first starting a word. So the word is
/// the expansion of its letters and its mark, or else as it is.
fn capital_word(input: &str, start: usize, end: usize) -> Option<Capitals> {
    let word = input.get(start..end)?;
    let (letters, dot) = match word.as_bytes().last()? {
        b',' | b';' | b':' | b')' => (word.get(..word.len() - 1)?, false),
        b'.' => (word.get(..word.len() - 1)?, true),
        _ => (word, false),
    };
    let capital = |c: char| c.is_ascii_uppercase() || c == 'Đ' || c == 'Ư';
    if !letters.chars().next().is_some_and(capital)
        || !letters.chars().all(|c| capital(c) || c.is_ascii_digit())
    {
        return None;
    }
    let plain = || {
        let token = token_len(
            word.as_bytes(),
            0,
            word.len(),
            (letters.len() < word.len()).then_some(letters.len()),
        );
        Some(Capitals::Plain(Plain {
            token,
            fold: Fold::All,
        }))
    };
    if letters.bytes().any(|b| b.is_ascii_digit()) {
        let region =
            letters.starts_with("QK") && letters.as_bytes().get(2).is_some_and(u8::is_ascii_digit);
        return if region { None } else { plain() };
    }
    if dot && expansions::expand(word).is_some() {
        return None;
    }
    match expansions::expand(letters) {
        Some(expansion) if letters.chars().count() <= MAX_ABBREVIATION_CHARS => {
            Some(Capitals::Abbreviation(expansion, start + letters.len()))
        }
        _ => plain(),
    }
}

fn expand_chunk(input: &str, chunk: &[Piece], out: &mut Builder) {
    let inner = |p: &Piece| p.is_alphanumeric() || p.ch == '&';
    let mut word = String::new();
    // `chunk[pending..k]` goes out as it is, in one go before the next
    // expansion or at the end
    let mut pending = 0;
    let mut k = 0;
    while k < chunk.len() {
        // Every abbreviation starts with an upper-case letter.
        let at_word_start =
            chunk[k].is(UPPER) && inner(&chunk[k]) && (k == 0 || !inner(&chunk[k - 1]));
        if at_word_start {
            if let Some((e, expansion)) = glued_level_prefix(chunk, k) {
                let (start, end) = (chunk[k].start, chunk[e - 1].end);
                out.push_pieces(input, &chunk[pending..k]);
                out.push_expansion(expansion, start, end);
                out.push(' ', end, end);
                k = e;
                pending = k;
                continue;
            }
            // Past the first char, an abbreviation holds only some chars.
            let tail = chunk[k + 1..]
                .iter()
                .take(MAX_ABBREVIATION_CHARS - 1)
                .take_while(|p| crate::lexicon::abbreviations::may_continue(p.ch))
                .count();
            let limit = k + 1 + tail;
            let mut found = None;
            for e in (k + 1..=limit).rev() {
                let last = &chunk[e - 1];
                if !(inner(last) || last.ch == '.') || (e < chunk.len() && inner(&chunk[e])) {
                    continue;
                }
                word.clear();
                word.extend(chunk[k..e].iter().map(|p| p.ch));
                if let Some(expansion) = expansions::expand(&word) {
                    found = Some((e, expansion));
                    break;
                }
            }
            if let Some((e, expansion)) = found {
                let (start, end) = (chunk[k].start, chunk[e - 1].end);
                out.push_pieces(input, &chunk[pending..k]);
                out.push_expansion_folded(expansion, start, end);
                k = e;
                // "UBND.Ba": the expansion ends a lower-case word before a
                // dot and a capitalised word, which a second pass would
                // split as a glued sentence ("dân. Ba"); split it now
                let lower_end = expansion.text.chars().rev().take(2).all(char::is_lowercase);
                let glued_sentence = chunk.get(e).is_some_and(|p| p.ch == '.')
                    && chunk.get(e + 1).is_some_and(|p| p.is(UPPER))
                    && chunk.get(e + 2).is_some_and(|p| p.is(ALPHA));
                if lower_end && glued_sentence {
                    out.push_piece(&chunk[e]);
                    out.push(' ', chunk[e + 1].start, chunk[e + 1].start);
                    k = e + 1;
                }
                pending = k;
                continue;
            }
        }
        k += 1;
    }
    out.push_pieces(input, chunk.get(pending..).unwrap_or_default());
}

/// Level words abbreviated and glued by a dot to the place they name
/// ("TP.Vinh", "TX.Cửa Lò", "H.Thanh Chương", "Q.Hoàn Kiếm").
const LEVEL_PREFIXES: &[(&str, &str)] = &[
    ("TP", "thành phố"),
    ("TX", "thị xã"),
    ("H", "huyện"),
    ("Q", "quận"),
];

/// At `k`, a level prefix of [`LEVEL_PREFIXES`] and its dot before a
/// capitalised word ("H." of "H.Thanh", not of "Q.H" or a name's "H."):
/// one past the dot and the level word.
fn glued_level_prefix(chunk: &[Piece], k: usize) -> Option<(usize, &'static str)> {
    LEVEL_PREFIXES
        .iter()
        .find_map(|&(abbreviation, expansion)| {
            let dot = k + abbreviation.len();
            let letters = chunk.get(k..dot)?;
            let glued = letters.iter().map(|p| p.ch).eq(abbreviation.chars())
                && chunk.get(dot)?.ch == '.'
                && chunk.get(dot + 1)?.is(UPPER)
                && chunk.get(dot + 2)?.is(LOWER);
            glued.then_some((dot + 1, expansion))
        })
}

/// The normalized text, its folded copy and its map, built char by char.
struct Builder {
    text: String,
    folded: String,
    runs: Vec<Run>,
    /// See [`Normalized::words`].
    words: Vec<(u32, u32)>,
    /// Whether to keep `text`, `runs` and `words` (`false`: `folded` alone).
    map: bool,
    /// The original start that extends the last run, when it is copied.
    expect: u32,
}

impl Builder {
    /// A builder for the normalization of `n` bytes, its buffers sized so
    /// that news text does not outgrow them: the text a little longer than
    /// the input (abbreviations expanded), a word for every five bytes and
    /// a run for every 32 (the prose of news has about one for six and one
    /// for 190).
    fn with_capacity(n: usize, map: bool) -> Builder {
        let (words, runs) = (n / 5 + 8, n / 32 + 8);
        let n = n + n / 8 + 8;
        Builder {
            text: String::with_capacity(if map { n } else { 0 }),
            folded: String::with_capacity(n),
            runs: Vec::with_capacity(if map { runs } else { 0 }),
            words: Vec::with_capacity(if map { words } else { 0 }),
            map,
            expect: SHIFTED,
        }
    }

    fn push_piece(&mut self, p: &Piece) {
        self.push(p.ch, p.start, p.end);
    }

    /// Appends `pieces` as [`Builder::push_piece`] one by one would.
    ///
    /// A stretch of two pieces or more that are their original chars
    /// ([`COPIED`]: the char of `input[start..end]`, as long as its source),
    /// each right after the one before in the original, goes as one slice
    /// of `input` ([`Builder::push_slice`]): pushed char by char, the first
    /// would start a copied run at its start unless the last run already
    /// goes on there (which is what `push_slice` tests too), and each of
    /// the others would go on with it; folded, the slice is its chars
    /// folded one by one.
    fn push_pieces(&mut self, input: &str, pieces: &[Piece]) {
        let mut k = 0;
        while let Some(p) = pieces.get(k) {
            let copied = |q: &Piece| q.is(COPIED);
            let mut j = k + 1;
            if copied(p) {
                while pieces
                    .get(j)
                    .is_some_and(|q| copied(q) && q.start == pieces[j - 1].end)
                {
                    j += 1;
                }
            }
            let slice = (j > k + 1)
                .then(|| input.get(p.start as usize..pieces[j - 1].end as usize))
                .flatten();
            match slice {
                Some(slice) => {
                    self.push_slice(slice, p.start);
                    k = j;
                }
                None => {
                    self.push_piece(p);
                    k += 1;
                }
            }
        }
    }

    /// Appends `ch`, which stands for `start..end` of the original.
    #[inline]
    fn push(&mut self, ch: char, start: u32, end: u32) {
        self.folded.push(fold_char(ch));
        if !self.map {
            return;
        }
        let len = ch.len_utf8() as u32;
        if start == self.expect && end.wrapping_sub(start) == len {
            self.expect = end;
        } else {
            self.start_run(start, end, len);
        }
        self.text.push(ch);
    }

    /// Appends each char of `expansion`, all standing for `start..end` of
    /// the original, as [`Builder::push`] one by one would.
    ///
    /// When no char of `expansion` is as long as `start..end` (always so
    /// when that is longer than four bytes, as most abbreviations are, and
    /// for "UBND" and the like, of four ASCII letters), no char is pushed
    /// as a copy of its source: the first either starts a run of
    /// `start..end` or finds the last run made of it
    /// ([`Builder::start_run`]), and every other then finds that run and
    /// adds nothing. So the text takes `expansion` whole after the first
    /// char's run, and the folded text takes it folded whole
    /// ([`push_folded`] folds as [`fold_char`] does char by char). Else,
    /// and for an empty `expansion`, char by char.
    fn push_expansion(&mut self, expansion: &str, start: u32, end: u32) {
        self.push_expansion_with(expansion, start, end, |folded| {
            push_folded(folded, expansion);
        });
    }

    /// [`Builder::push_expansion`] of an abbreviation's expansion, whose
    /// folded form is already at hand.
    fn push_expansion_folded(&mut self, expansion: &expansions::Expansion, start: u32, end: u32) {
        self.push_expansion_with(expansion.text, start, end, |folded| {
            folded.push_str(&expansion.folded);
        });
    }

    /// [`Builder::push_expansion`], `fold` appending `expansion` folded
    /// whole to the folded text.
    fn push_expansion_with(
        &mut self,
        expansion: &str,
        start: u32,
        end: u32,
        fold: impl FnOnce(&mut String),
    ) {
        let len = end.wrapping_sub(start);
        let first = expansion.chars().next();
        let whole = len > 4 || expansion.chars().all(|c| c.len_utf8() as u32 != len);
        match first {
            Some(first) if whole => {
                fold(&mut self.folded);
                if self.map {
                    self.start_run(start, end, first.len_utf8() as u32);
                    self.text.push_str(expansion);
                }
            }
            _ => expansion.chars().for_each(|ch| self.push(ch, start, end)),
        }
    }

    /// Appends `slice`, copied from the original at `start`.
    fn push_slice(&mut self, slice: &str, start: u32) {
        push_folded(&mut self.folded, slice);
        self.push_text_slice(slice, start);
    }

    /// [`Builder::push_slice`] to the text and map only.
    fn push_text_slice(&mut self, slice: &str, start: u32) {
        if !self.map {
            return;
        }
        if start != self.expect {
            self.runs.push(Run {
                norm: self.text.len() as u32,
                start,
                end: SHIFTED,
            });
        }
        self.expect = start + slice.len() as u32;
        self.text.push_str(slice);
    }

    /// Starts a run for a char (unless the last run is made of the same range).
    fn start_run(&mut self, start: u32, end: u32, len: u32) {
        let at = self.text.len() as u32;
        if end.wrapping_sub(start) == len {
            self.runs.push(Run {
                norm: at,
                start,
                end: SHIFTED,
            });
            self.expect = end;
            return;
        }
        self.expect = SHIFTED;
        if self
            .runs
            .last()
            .is_some_and(|r| r.start == start && r.end == end)
        {
            return;
        }
        self.runs.push(Run {
            norm: at,
            start,
            end,
        });
    }

    fn finish(self, original_len: usize) -> Normalized {
        Normalized {
            text: self.text,
            folded: self.folded,
            runs: self.runs,
            words: self.words,
            original_len,
        }
    }
}

/// The lower case of `c` when it is ASCII or one of the chars of Latin-1
/// and the letters of Vietnamese beyond it (Ă Đ Ĩ Ũ Ơ Ư, U+1EA0–U+1EF9),
/// told from its code point: the odd (or, in Latin-1, +0x20) neighbour of
/// a capital. `None` for any other char.
#[inline]
pub(crate) fn fold_vietnamese(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let u = c as u32;
    match u {
        0x1EA0..=0x1EF9 | 0x0102 | 0x0110 | 0x0128 | 0x0168 | 0x01A0 => char::from_u32(u | 1),
        0x01AF => Some('ư'),
        0x00C0..=0x00DE if u != 0xD7 => char::from_u32(u + 0x20),
        0x00DF..=0x00FF | 0x0103 | 0x0111 | 0x0129 | 0x0169 | 0x01A1 | 0x01B0 => Some(c),
        _ => None,
    }
}

/// Lower-cases a char when that keeps its UTF-8 length.
pub(crate) fn fold_char(c: char) -> char {
    if let Some(lower) = fold_vietnamese(c) {
        return lower;
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
    // Plain words (nearly all keys) come out of normalization as they are:
    // fold them without building the normalized text.
    if plain_words(s) {
        fold_normalized(s)
    } else {
        fold_key_slowly(s)
    }
}

/// [`fold_key`] appended to `out`, so that a caller comparing many keys
/// keeps them in one buffer.
pub(crate) fn fold_key_push(out: &mut String, s: &str) {
    if plain_words(s) {
        fold_normalized_push(out, s);
    } else {
        out.push_str(&fold_key_slowly(s));
    }
}

/// Whether every word of `s` (split at spaces and line breaks) is plain:
/// normalization leaves `s` as it is, but for its spacing.
fn plain_words(s: &str) -> bool {
    s.split([' ', '\n'])
        .all(|w| w.is_empty() || plain_word(w).is_some())
}

/// [`fold_key`] of a string that is already normalized text (a slice of
/// it, or words of it joined by spaces): normalization would leave it as it
/// is, so only the case folding and the spacing remain.
pub(crate) fn fold_normalized(s: &str) -> String {
    let bytes = s.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| b != b' ' && b != b'\n')
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| b != b' ' && b != b'\n')
        .map_or(start, |k| k + 1);
    let mut out = String::with_capacity(end.saturating_sub(start));
    if let Some(trimmed) = s.get(start..end) {
        fold_into::<true>(&mut out, trimmed);
    }
    out
}

/// [`fold_normalized`] written into `out` (cleared first), so that a
/// caller folding many keys in turn reuses one buffer.
pub(crate) fn fold_normalized_into(out: &mut String, s: &str) {
    out.clear();
    fold_normalized_push(out, s);
}

/// [`fold_normalized`] appended to `out`, so that a caller keeping many
/// keys keeps them in one buffer.
pub(crate) fn fold_normalized_push(out: &mut String, s: &str) {
    let trimmed = s.trim_matches([' ', '\n']);
    // folding seldom changes a length: room at once, not grown piece by piece
    out.reserve(trimmed.len());
    fold_into::<true>(out, trimmed);
}

/// Appends `slice` folded char by char with [`fold_char`].
fn push_folded(out: &mut String, slice: &str) {
    fold_into::<false>(out, slice);
}

/// [`push_folded`]; with `SPACING`, each run of spaces and newlines as one
/// space (`slice` neither starts nor ends with one).
///
/// The slice goes out in as few pieces as it can: up to each char that
/// folds to another beyond ASCII (a capital), and each run of spaces to
/// respace; ASCII is lower-cased in place at the end.
fn fold_into<const SPACING: bool>(out: &mut String, slice: &str) {
    let at = out.len();
    let bytes = slice.as_bytes();
    // `slice[from..]` is not written yet
    let mut from = 0;
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        if b < 0x80 {
            let respace = SPACING
                && match b {
                    b'\n' => true,
                    b' ' => matches!(bytes.get(k + 1), Some(b' ' | b'\n')),
                    _ => false,
                };
            if !respace {
                k += 1;
                continue;
            }
            out.push_str(slice.get(from..k).unwrap_or_default());
            out.push(' ');
            while matches!(bytes.get(k), Some(b' ' | b'\n')) {
                k += 1;
            }
            from = k;
            continue;
        }
        // The lower-case letters of Vietnamese are told from their bytes
        // ([`lower_len`]), and the rest of à–ÿ (0xC3 0xA0–0xBF): their own
        // folded forms.
        let lower = match (b, bytes.get(k + 1)) {
            (0xC3, Some(0xA0..=0xBF)) => 2,
            _ => lower_len(bytes, k),
        };
        if lower > 0 {
            k += lower;
            continue;
        }
        let Some(c) = slice.get(k..).and_then(|t| t.chars().next()) else {
            break;
        };
        let f = fold_char(c);
        if f != c {
            out.push_str(slice.get(from..k).unwrap_or_default());
            out.push(f);
            from = k + c.len_utf8();
        }
        k += c.len_utf8();
    }
    out.push_str(slice.get(from..).unwrap_or_default());
    if let Some(tail) = out.get_mut(at..) {
        tail.make_ascii_lowercase();
    }
}

/// [`fold_key`] through the whole normalization.
fn fold_key_slowly(s: &str) -> String {
    let folded = normalize_folded(s);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Normalizes a string without keeping the offset map.
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

    #[test]
    fn fold_vietnamese_lower_cases_as_to_lowercase_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(l) = fold_vietnamese(c) {
                assert!(c.to_lowercase().eq([l]), "{c:?}");
            }
        }
    }

    #[test]
    fn push_folded_is_fold_char_by_char() {
        let text: String = (0x20..0x2100u32)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32)
            .collect();
        let mut out = String::from("Đ");
        push_folded(&mut out, &text);
        let expected: String = std::iter::once('Đ')
            .chain(text.chars().map(fold_char))
            .collect();
        assert_eq!(out, expected);
    }

    #[test]
    fn the_scan_agrees_with_the_classes() {
        let chars: Vec<char> = (0x20..0x300u32)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32)
            .filter(|&c| c != ' ' && c != '\n')
            .collect();
        let check = |w: &[char]| {
            let w: String = w.iter().collect();
            let scanned = plain_word(&w);
            // plain alike, one token alike
            let by_classes = plain_word_by_classes(&w);
            assert_eq!(
                scanned.map(|p| p.token),
                by_classes.map(|p| p.token),
                "{w:?}"
            );
            // the folded form differs from the word only where `fold` says
            let folded: String = w.chars().map(fold_char).collect();
            let first = w.chars().next().map_or(0, char::len_utf8);
            match scanned.map(|p| p.fold) {
                Some(Fold::Nothing) => assert_eq!(folded, w, "{w:?}"),
                Some(Fold::First) => assert_eq!(folded.get(first..), w.get(first..), "{w:?}"),
                _ => {}
            }
            // the short cut takes a word only whole, only when plain, and
            // only when its folded form is its ASCII lower case
            let input = format!("x {w}");
            let mut words = Vec::new();
            let taken = take_words(&input, 1, Some(&mut words), 10, 0);
            if taken > 1 {
                assert_eq!(taken, input.len(), "{w:?}");
                let plain = scanned.unwrap_or_else(|| panic!("{w:?} is not plain"));
                assert_eq!(
                    words,
                    match plain.token {
                        Some(len) => vec![(12, 12 + len as u32)],
                        None => vec![],
                    },
                    "{w:?}"
                );
                assert_eq!(folded, w.to_ascii_lowercase(), "{w:?}");
            } else {
                assert_eq!((taken, words.len()), (1, 0), "{w:?}");
            }
        };
        for &a in &chars {
            for &b in &chars {
                check(&[a, b]);
                check(&[a, b, 'a']);
                check(&[a, b, ',']);
                check(&['o', a, b]);
            }
        }
    }

    #[test]
    fn long_runs_of_words_are_taken_as_the_scan_takes_them() {
        // many more words in a row than the ends `take_words` holds before
        // it notes them, ending in every way it tells apart
        let pieces = [
            "ba", "xã", "tư,", "họp.", "x_", "_,", "1", "ơ", "hoà", "quả", "thuỷ,", "Tân", "nay:",
        ];
        for n in [1, 2, 3, 4, 5, 7, 13] {
            let mut input = String::from("x");
            for w in 0..300 {
                input.push(if w % 17 == 3 { '\n' } else { ' ' });
                input.push_str(pieces[(w * n) % pieces.len()]);
            }
            for tail in ["", " ", "  (", "\n", " ba", " xã,"] {
                let input = format!("{input}{tail}");
                for end in (0..input.len()).filter(|&k| matches!(input.as_bytes()[k], b' ' | b'\n'))
                {
                    let (mut fast, mut scanned) = (Vec::new(), Vec::new());
                    let taken = take_words(&input, end, Some(&mut fast), 7, 0);
                    let expected = take_words_by_scan(&input, end, Some(&mut scanned), 7, 0);
                    assert_eq!(taken, expected, "{input:?} from {end}");
                    assert_eq!(fast, scanned, "{input:?} from {end}");
                }
            }
        }
    }

    /// [`take_words`] as it was before its automaton: word by word, with
    /// the loop of [`scan_word`].
    fn take_words_by_scan(
        input: &str,
        end: usize,
        mut words: Option<&mut Vec<(u32, u32)>>,
        folded_len: usize,
        fold_from: usize,
    ) -> usize {
        let bytes = input.as_bytes();
        let mut taken = end;
        loop {
            let start = taken + 1;
            if !matches!(bytes.get(taken), Some(b' ' | b'\n'))
                || matches!(bytes.get(start), None | Some(b' ' | b'\n'))
            {
                break;
            }
            let mut k = start;
            if let Some(b'A'..=b'Z') = bytes.get(k) {
                k += 1;
                if abbreviation_goes_on(input, k) {
                    break;
                }
            }
            let (k, last_wide, stop) = lower_run(bytes, k);
            let letters_end = match stop {
                RunStop::End => k,
                RunStop::Mark => k - 1,
                RunStop::Other => break,
            };
            if last_wide.is_some_and(|w| ends_with_tone(input, start, w, letters_end)) {
                break;
            }
            if let Some(words) = words.as_deref_mut()
                && let Some(len) =
                    token_len(bytes, start, k, (letters_end < k).then_some(letters_end))
            {
                let at = (folded_len + (start - fold_from)) as u32;
                words.push((at, at + len as u32));
            }
            taken = k;
        }
        taken
    }

    proptest::proptest! {
        /// `letters_run` says what `lower_run` says of a word's letters
        /// (after a capital or not), and whether a tone ends them alike.
        #[test]
        fn the_letters_run_is_the_lower_run(
            capital in proptest::sample::select(vec!["", "O", "U", "T", "Đ"]),
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\n", "a", "o", "u", "y", "q", "x9", "à", "á", "ả", "ý", "ỳ", "ẹ", "ệ",
                "ơ", "ư", "đ", "ă", "ĩ", "ũ", "ð", "÷", "ß", "A", "É", "Ả", ".", ",", "_",
                "&", "`", "-", "\u{301}", "\u{a0}", "hoà", "quả", "thuỷ", "\u{1ef9}",
            ]), 0..12)
        ) {
            let input = format!("{capital}{}", parts.concat());
            let bytes = input.as_bytes();
            let k = capital.len();
            let after_ou = matches!(capital, "O" | "U");
            let (end, toned, stop) = letters_run(bytes, k, after_ou);
            let (expected_end, last_wide, expected_stop) = lower_run(bytes, k);
            proptest::prop_assert!(stop == expected_stop, "{:?}", input);
            if stop == RunStop::Other {
                proptest::prop_assert_eq!(word_end(bytes, end), word_end(bytes, expected_end));
            } else {
                proptest::prop_assert_eq!(end, expected_end, "{:?}", input);
                let letters_end = end - usize::from(stop == RunStop::Mark);
                let tone = last_wide.is_some_and(|w| ends_with_tone(&input, 0, w, letters_end));
                proptest::prop_assert_eq!(
                    toned && letters_end_with_tone(&input, 0, letters_end),
                    tone,
                    "{:?}",
                    input
                );
            }
        }

        #[test]
        fn the_automaton_takes_the_words_the_scan_takes(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", " ", " ", "  ", "\n", "a", "o", "u", "q", "y", "x9", "à", "á", "ả", "ý",
                "ỳ", "ẹ", "ệ", "ơ", "ư", "đ", "ă", "ĩ", "ũ", "ð", "÷", "ß", "ÿ", "A", "O", "U",
                "T", "B", "Đ", "Ư", "É", "Ả", "UBND", "p", ".", ",", "-", "_", "&", "`", "\"",
                "(", ")", ":", "\t", "\u{301}", "\u{a0}", "hoà", "quả", "thuỷ", "Oà", "Tp",
                "chứcHội", "€", "\u{1ef9}", "\u{1ef8}", "\u{1ea0}", "\u{1ec0}",
            ]), 0..24)
        ) {
            let input = parts.concat();
            for end in (0..input.len()).filter(|&k| input.is_char_boundary(k)) {
                let (mut fast, mut scanned) = (Vec::new(), Vec::new());
                let taken = take_words(&input, end, Some(&mut fast), 7, 0);
                let expected = take_words_by_scan(&input, end, Some(&mut scanned), 7, 0);
                proptest::prop_assert_eq!(taken, expected, "{:?} from {}", input, end);
                proptest::prop_assert_eq!(fast, scanned, "{:?} from {}", input, end);
            }
        }
    }

    fn orig<'a>(input: &'a str, n: &Normalized, needle: &str) -> &'a str {
        let start = n.text.find(needle).expect("needle in normalized text");
        let span = n.to_original(start, start + needle.len());
        &input[span.start..span.end]
    }

    #[test]
    fn new_tone_style_maps_back() {
        let input = "Bí thư Tỉnh uỷ Lạng Sơn, Chính uỷ BĐBP";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Bí thư Tỉnh ủy Lạng Sơn, Chính ủy Bộ đội Biên phòng"
        );
        assert_eq!(orig(input, &n, "Tỉnh ủy"), "Tỉnh uỷ");
        assert_eq!(
            orig(input, &n, "Chính ủy Bộ đội Biên phòng"),
            "Chính uỷ BĐBP"
        );
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
    fn keys_of_normalized_text_are_fold_keys() {
        for s in [
            "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
            "  Bộ trưởng  Bộ Quốc phòng \n",
            "ĐẠI TƯỚNG",
            "Tỉnh uỷ Hà Giang",
            "",
            " ",
            "Ông\nLê Văn A",
        ] {
            let normalized = normalize_str(s);
            assert_eq!(fold_normalized(&normalized), fold_key(s), "{s:?}");
        }
    }

    #[test]
    fn a_sentence_glued_after_a_dot_gets_a_space() {
        let input = "Lễ ký kết tại trụ sở Sở Tư pháp.Ảnh: Minh Hà";
        let n = normalize(input);
        assert_eq!(n.text, "Lễ ký kết tại trụ sở Sở Tư pháp. Ảnh: Minh Hà");
        assert_eq!(orig(input, &n, "pháp. Ảnh"), "pháp.Ảnh");
        // an abbreviation after the dot splits as its expansion would
        let once = normalize("Bí thư.UBND tỉnh").text;
        assert_eq!(once, "Bí thư. Ủy ban nhân dân tỉnh");
        assert_eq!(normalize(&once).text, once);
        // abbreviations and academic titles around a dot stay whole
        for whole in [
            "TP.HCM",
            "PGS.TS Lê Hà",
            "ThS.BS Hoa",
            "Th.S",
            "v.v.",
            "a.b",
        ] {
            assert_eq!(
                normalize(whole)
                    .text
                    .replace("Thành phố Hồ Chí Minh", "TP.HCM"),
                whole
            );
        }
    }

    #[test]
    fn abbreviations_and_academic_titles_are_not_split() {
        for s in [
            "ThS Nguyễn Văn A",
            "PGS.TS Lê B",
            "Quyết định 12/QĐ-UBND",
            "Đ/c Hải",
        ] {
            assert_eq!(normalize(s).text, s);
        }
    }

    #[test]
    fn abbreviations_expand_and_map_back() {
        let input = "UBND TP.HCM và HĐND-UBND tỉnh";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Ủy ban nhân dân Thành phố Hồ Chí Minh và Hội đồng nhân dân-Ủy ban nhân dân tỉnh"
        );
        assert_eq!(orig(input, &n, "Ủy ban nhân dân Thành"), "UBND TP.HCM");
        assert_eq!(orig(input, &n, "Hội đồng nhân dân"), "HĐND");
    }

    #[test]
    fn level_words_glued_to_a_place_expand() {
        let input = "Công an H.Thanh Sơn, TP.Vinh, Q.Hai Bà Trưng; Ảnh: Q.H; Nguyễn Văn H.";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Công an huyện Thanh Sơn, thành phố Vinh, quận Hai Bà Trưng; Ảnh: Q.H; Nguyễn Văn H."
        );
        assert_eq!(orig(input, &n, "huyện Thanh"), "H.Thanh");
        assert_eq!(normalize(&n.text).text, n.text);
    }

    #[test]
    fn a_military_region_glued_to_its_number_expands() {
        let input = "Bộ Tư lệnh QK4; Sư đoàn 5 (QK7), QK 9 và QK10. Mã QK4A, ảnh QK";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Bộ Tư lệnh Quân khu 4; Sư đoàn 5 (Quân khu 7), Quân khu 9 và Quân khu 10. Mã QK4A, ảnh Quân khu"
        );
        assert_eq!(orig(input, &n, "Quân khu 4"), "QK4");
        assert_eq!(normalize(&n.text).text, n.text);
    }

    #[test]
    fn an_abbreviation_before_a_glued_sentence_splits_once() {
        let n = normalize("UBND.Ba");
        assert_eq!(n.text, "Ủy ban nhân dân. Ba");
        assert_eq!(normalize(&n.text).text, n.text);
    }

    #[test]
    fn punctuation_space_and_entities() {
        let input = "Tỉnh ủy;Bộ Tư lệnh&nbsp;Biên phòng &#7889;";
        let n = normalize(input);
        assert_eq!(n.text, "Tỉnh ủy; Bộ Tư lệnh Biên phòng ố");
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
    fn idempotent_where_it_was_not() {
        for (s, expected) in [
            ("Tỉnh uỷChủ tịch", "Tỉnh ủy Chủ tịch"),
            ("hoàHội nghị", "hòa Hội nghị"),
            ("&amp;amp;", "&amp;amp;"),
            ("x&amp;lt;y", "x&amp;lt; y"),
            ("\u{2000}a\u{2001}", " a "),
            ("\u{1FEF}\u{1FFD}", "''"),
        ] {
            let once = normalize(s).text;
            assert_eq!(once, expected, "{s:?}");
            assert_eq!(normalize(&once).text, once, "{s:?}");
        }
    }

    #[test]
    fn fast_char_classes_agree_with_std() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut k = 0;
            for (yes, bit) in [
                (c.is_alphabetic(), ALPHA),
                (c.is_lowercase(), LOWER),
                (c.is_uppercase(), UPPER),
                (c.is_whitespace(), SPACE),
                (c.is_numeric(), NUMERIC),
            ] {
                if yes {
                    k |= bit;
                }
            }
            assert_eq!(class_of(c), k, "{c:?}");
            assert_eq!(
                alphabetic_upper(c),
                (c.is_alphabetic(), c.is_uppercase()),
                "{c:?}"
            );
            assert_eq!(combining_class(c), canonical_combining_class(c), "{c:?}");
            let nfc = matches!(
                unicode_normalization::is_nfc_quick(std::iter::once(c)),
                unicode_normalization::IsNormalized::Yes
            );
            assert_eq!(is_nfc_char(c), nfc, "{c:?}");
            let mut lower = c.to_lowercase();
            let folded = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(fold_char(c), folded, "{c:?}");
        }
    }

    #[test]
    #[allow(clippy::needless_range_loop)]
    fn runs_map_like_a_byte_table() {
        // (char, start, end) as a normalizer might push them.
        let pushes: &[(char, u32, u32)] = &[
            ('a', 0, 1),
            ('ủ', 1, 3),
            ('y', 1, 3),
            (' ', 3, 9),
            ('b', 9, 10),
            ('ố', 10, 13),
            (' ', 13, 13),
            ('Ủ', 13, 17),
            ('y', 13, 17),
            (' ', 13, 17),
            ('c', 17, 18),
            ('đ', 20, 22),
            ('é', 22, 25),
        ];
        let mut b = Builder::with_capacity(0, true);
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        for &(ch, s, e) in pushes {
            b.push(ch, s, e);
            for _ in 0..ch.len_utf8() {
                starts.push(s as usize);
                ends.push(e as usize);
            }
        }
        let n = b.finish(25);
        let len = n.text.len();
        for start in 0..=len + 1 {
            for end in 0..=len + 1 {
                let expected = if start >= len {
                    Span::new(25, 25)
                } else if end.min(len) <= start {
                    Span::new(starts[start], starts[start])
                } else {
                    let s = starts[start];
                    Span::new(s, ends[end.min(len) - 1].max(s))
                };
                assert_eq!(n.to_original(start, end), expected, "{start}..{end}");
                // whatever run the search starts from
                for hint in 0..n.runs.len() + 2 {
                    let mut h = hint;
                    let span = n.to_original_from(start, end, &mut h);
                    assert_eq!(span, expected, "{start}..{end} from {hint}");
                }
            }
        }
    }

    #[test]
    fn an_expansion_pushed_whole_is_pushed_as_char_by_char() {
        let mut expansions: Vec<&str> = crate::lexicon::abbreviations::ABBREVIATIONS
            .iter()
            .map(|&(_, e)| e)
            .collect();
        expansions.extend(["Quân khu", "", "x", "ĐẠI ố", "Ω", "𝔸b"]);
        // what came before: nothing, a copied char ending at the expansion's
        // source, a char standing for the same range, one for another range
        let befores: [&[(char, u32, u32)]; 4] = [
            &[],
            &[('a', 9, 10)],
            &[('a', 10, 16)],
            &[('ă', 10, 11), ('b', 3, 7)],
        ];
        for map in [true, false] {
            for expansion in &expansions {
                for before in befores {
                    for (start, end) in (0..=9).map(|n| (10, 10 + n)).chain([(12, 10), (10, 0)]) {
                        let mut whole = Builder::with_capacity(0, map);
                        let mut by_char = Builder::with_capacity(0, map);
                        for &(ch, s, e) in before {
                            whole.push(ch, s, e);
                            by_char.push(ch, s, e);
                        }
                        whole.push_expansion(expansion, start, end);
                        expansion
                            .chars()
                            .for_each(|ch| by_char.push(ch, start, end));
                        // and what comes after sees the same state
                        whole.push('c', end, end + 1);
                        by_char.push('c', end, end + 1);
                        let case = format!("{expansion:?} {start}..{end} after {before:?}");
                        assert_same_builders(&whole, &by_char, &case);
                    }
                }
            }
        }
    }

    /// Two builders hold the same text, folded text, map and state.
    fn assert_same_builders(a: &Builder, b: &Builder, case: &str) {
        assert_eq!(a.text, b.text, "{case}");
        assert_eq!(a.folded, b.folded, "{case}");
        assert_eq!(a.expect, b.expect, "{case}");
        assert_eq!(format!("{:?}", a.runs), format!("{:?}", b.runs), "{case}");
    }

    #[test]
    fn pieces_pushed_in_stretches_are_pushed_as_one_by_one() {
        for input in [
            "abc",
            "Tỉnh uỷ Hà Nội, 12/QĐ-UBND",
            "a&amp;b\u{200b}c\u{301}d\u{2013}e“f”  g`h\ri\u{a0}jÐk",
            "hoà thuỷ UBND.Ba quý",
            "",
            "\u{0}x\u{7f}y",
            "ab\u{200b}cd\u{ad}ef\u{feff}g",
        ] {
            let mut pieces = Vec::new();
            compose(input, 0, input.len(), |p| pieces.push(p));
            // as tones and spaces would change some
            let mut changed = pieces.clone();
            tones::canonicalize(&mut changed);
            let mut spaced = Vec::new();
            restore_spaces(&pieces, &mut spaced);
            for pieces in [&pieces, &changed, &spaced] {
                for map in [true, false] {
                    for cut in 0..=pieces.len() {
                        // what came before: nothing, or a copy ending where they start
                        for before in [None, pieces.first().map(|p| p.start)] {
                            let mut stretches = Builder::with_capacity(0, map);
                            let mut one_by_one = Builder::with_capacity(0, map);
                            if let Some(at) = before {
                                stretches.push('x', at.saturating_sub(1), at);
                                one_by_one.push('x', at.saturating_sub(1), at);
                            }
                            stretches.push_pieces(input, &pieces[..cut]);
                            stretches.push_pieces(input, &pieces[cut..]);
                            pieces.iter().for_each(|p| one_by_one.push_piece(p));
                            let case = format!("{input:?} cut at {cut}");
                            assert_same_builders(&stretches, &one_by_one, &case);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_search_from_any_run_finds_the_run_of_a_search_of_all() {
        // many runs, so that the search goes past the runs tried one by one
        let mut b = Builder::with_capacity(0, true);
        for k in 0..40u32 {
            // a copied char, then one standing for a range of three bytes
            b.push('a', 4 * k, 4 * k + 1);
            b.push('b', 4 * k + 1, 4 * k + 4);
        }
        let n = b.finish(160);
        for byte in 0..n.text.len() {
            let all = n.runs.partition_point(|r| r.norm as usize <= byte) - 1;
            for from in 0..n.runs.len() + 2 {
                assert_eq!(n.run_index(byte, from), all, "{byte} from {from}");
            }
        }
    }

    /// Normalization with every char on the char-by-char path.
    fn normalize_slowly(input: &str) -> Normalized {
        let mut out = Builder::with_capacity(input.len(), true);
        let mut chunk = Chunk::default();
        compose(input, 0, input.len(), |p| {
            if p.is(SPACE) {
                chunk.flush(input, &mut out);
                out.push(p.ch, p.start, p.end);
            } else {
                chunk.add(p);
            }
        });
        chunk.flush(input, &mut out);
        out.finish(input.len())
    }

    fn same_as_slow(input: &str) {
        assert_eq!(fold_key(input), fold_key_slowly(input), "{input:?}");
        let (fast, slow) = (normalize(input), normalize_slowly(input));
        assert_eq!(fast.text, slow.text, "{input:?}");
        assert_eq!(fast.folded, slow.folded, "{input:?}");
        assert_eq!(
            format!("{:?}", fast.runs),
            format!("{:?}", slow.runs),
            "{input:?}"
        );
    }

    #[test]
    fn only_a_tone_that_moves_keeps_a_word_off_the_copy() {
        // "qu" is a consonant; 'u' takes the tone of a 'y' only
        for word in ["quả", "Quý", "quà,", "quẻ", "thuà"] {
            assert!(plain_word(word).is_some(), "{word}");
            assert_eq!(normalize_str(word), word);
        }
        for word in ["hoà", "thuỷ", "Uỷ", "khoẻ,", "oà", "ngoạ", "uý"] {
            assert!(plain_word(word).is_none(), "{word}");
            assert_ne!(normalize_str(word), word);
        }
        let input = "x quả hoà của quý";
        let mut words = Vec::new();
        // "quả" taken, "hoà" not
        assert_eq!(take_words(input, 1, Some(&mut words), 0, 0), 7);
        assert_eq!(words, vec![(2, 7)]);
    }

    #[test]
    fn copying_plain_words_changes_nothing() {
        for input in [
            "Bí thư Tỉnh uỷ Lạng Sơn, Chính uỷ BĐBP",
            "tổ chứcHội nghị &amp; &nbsp;x &amp;amp; a,b  c\r\n d\u{301} e\u{a0}f",
            "hoà  thuỷ\nquý UBND; Ðảng\u{200b}bộ `x` \t y &#7889; Ủy ban",
            " x",
            "",
            "Đ \u{300}uỷ a \u{200b}\u{301}b a\n\u{301} a b",
        ] {
            same_as_slow(input);
        }
    }

    proptest::proptest! {
        #[test]
        fn copying_plain_words_changes_nothing_anywhere(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", "\n", "\r\n", "\t", "\u{a0}", "\u{200b}", "&amp;", "&nbsp;", "&#7889;",
                "&", ";", ",", ":", "a", "o", "u", "q", "y", "B", "U", "UBND", "BĐBP", "Đ",
                "hoà", "thuỷ", "uỷ", "quý", "oà", "chức", "Hội", "Ðảng", "\u{301}", "\u{300}",
                "e\u{302}", "`", "\"", "“", "–", "ĐT", "TP", "12/QĐ", "Đ/c", "ư", "Ê", "x",
                "Nam.", "hội,", "A.", "Oà", "oà,", ".", "ả", "Ảnh:", "x)", "Ủy", "ThS", "quả",
                "ý", "ẻ", "Q", "Quý", "ươ", "QUẢ", "khoẻ", "ê", "UBND,", "TP.", "TP", "TX", "QK",
                "HĐND", "TƯ", "Tp", "LĐ-TB&XH", ")", "ĐBQH:", "UBND.", "H", "T", "TTXVN;",
                "BHYT", "ASEAN.", "XII,", "ABG5", "QK4", "QK", "4", "Q", "A1)", "ĐƯ", "HCM",
                "A.", "TX.", "H.",
            ]), 0..24)
        ) {
            same_as_slow(&parts.concat());
        }
    }

    /// The words noted are words of letters and digits standing alone in
    /// the text, or before one final mark: one token each.
    fn words_are_whole_tokens(input: &str) {
        let n = normalize(input);
        let text = n.text.as_bytes();
        let mut last = 0;
        for &(a, b) in &n.words {
            let (a, b) = (a as usize, b as usize);
            assert!(last <= a && a < b, "{input:?}: {:?}", n.words);
            last = b;
            let word = n
                .text
                .get(a..b)
                .unwrap_or_else(|| panic!("{input:?} {a}..{b}"));
            assert!(word.chars().all(is_word_char), "{input:?}: {word:?}");
            assert!(
                a == 0 || matches!(text[a - 1], b' ' | b'\n'),
                "{input:?}: {word:?}"
            );
            let after = |k: usize| text.get(k).is_none_or(|c| matches!(c, b' ' | b'\n'));
            let mark = text
                .get(b)
                .is_some_and(|&c| c.is_ascii_punctuation() && c != b'_' && after(b + 1));
            assert!(after(b) || mark, "{input:?}: {word:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_words_noted_are_whole_tokens(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", "\n", "\r\n", "\u{a0}", "&amp;", ",", ".", ")", "_", "a", "o", "à",
                "quả", "hoà", "Đảng", "UBND", "BHYT,", "ASEAN.", "ABG5", "QK4", "TP.", "Tp", "ĐƯ",
                "A", "x1", "\u{301}", "“", "'", "-", "chứcHội", "XII:", "H.",
            ]), 0..24)
        ) {
            words_are_whole_tokens(&parts.concat());
        }
    }

    proptest::proptest! {
        #[test]
        fn fold_normalized_folds_each_char_and_respaces(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", "\n", " \n ", "a", "Z", "Đ", "đ", "Ủy", "ủy", "À", "ÿ", "Ÿ", "ẞ", "Σ",
                "\u{1EF9}", "\u{1EF8}", "İ", "x,", "&", "\t",
            ]), 0..16)
        ) {
            let s = parts.concat();
            let words: Vec<String> = s
                .split([' ', '\n'])
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().map(fold_char).collect())
                .collect();
            proptest::prop_assert_eq!(fold_normalized(&s), words.join(" "));
            // into a buffer holding an earlier key: the same key
            let mut out = String::from("Ủy ban ");
            fold_normalized_into(&mut out, &s);
            proptest::prop_assert_eq!(&out, &fold_normalized(&s));
            // appended after an earlier key: that key, then this one
            fold_normalized_push(&mut out, &s);
            proptest::prop_assert_eq!(out, fold_normalized(&s).repeat(2));
        }
    }

    #[test]
    fn fold_key_ignores_case_and_tone_style() {
        assert_eq!(fold_key("THIẾU UÝ"), fold_key("thiếu úy"));
    }
}
