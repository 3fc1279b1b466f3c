//! The byte automaton of [`super::take_words`]: one table look-up per two
//! bytes ([`pair_step`], or per byte, [`step`]) tells whether a word is one
//! that comes out of normalization as it is and needs nothing but its range
//! noted, and where it ends.
//!
//! Such a word is what [`super::scan_word`] finds plain with no capital
//! beyond ASCII: an optional ASCII capital (which the caller checks is not
//! the start of an abbreviation), then lower-case letters of Vietnamese and
//! ASCII digits ([`super::lower_len`]), maybe one final ASCII punctuation
//! mark ([`super::is_final_mark`]), then an ASCII space, a newline or the
//! end of the text. The automaton also notes a toned a, e or y right after
//! o or u at the end of the letters (a tone normalization may move), for
//! the caller to look at.
//!
//! The states below [`EXIT`] have a row of the table; reaching one of the
//! others stops the scan.

/// A state of the automaton: its row's index times 1024, so that a step
/// over two bytes ([`pair_step`]) is one look-up at the state plus the
/// pair's class.
pub(super) type State = usize;

/// The state of row `index`.
const fn row(index: usize) -> State {
    index << 10
}

/// At the first byte of a word (right after a space or newline).
pub(super) const START: State = row(0);
/// Inside the letters, after a char that is not 'o' or 'u'.
pub(super) const LETTERS: State = row(1);
/// Inside the letters, after 'o', 'u', 'O' or 'U'.
pub(super) const AFTER_OU: State = row(2);
/// Inside the letters, after a toned a, e or y that follows 'o' or 'u'.
pub(super) const TONED: State = row(3);
/// After a final punctuation mark: only a space or newline may follow.
pub(super) const MARK: State = row(4);
/// After a final punctuation mark that follows [`TONED`].
pub(super) const TONED_MARK: State = row(5);
/// After an ASCII capital at [`START`] other than 'O' and 'U': as
/// [`LETTERS`], but no char an abbreviation goes on with may follow.
pub(super) const CAPITAL: State = row(17);
/// [`CAPITAL`] after 'O' or 'U', as [`AFTER_OU`].
pub(super) const CAPITAL_OU: State = row(18);
// The first bytes of the lower-case letters beyond ASCII; the `_OU` ones
// after 'o' or 'u', where a toned a, e or y may come.
const C3: State = row(6);
const C3_OU: State = row(7);
const C4: State = row(8);
const C5: State = row(9);
const C6: State = row(10);
const E1: State = row(11);
const E1_OU: State = row(12);
const E1BA: State = row(13);
const E1BA_OU: State = row(14);
const E1BB: State = row(15);
const E1BB_OU: State = row(16);

/// The first state that stops the scan: it and the ones after it reject
/// every byte.
pub(super) const EXIT: State = row(19);
/// A space or newline ending the letters; the word ends before it.
pub(super) const END: State = EXIT;
/// A space or newline after a final punctuation mark.
pub(super) const END_MARK: State = row(20);
/// A space or newline ending letters that end [`TONED`].
pub(super) const END_TONED: State = row(21);
/// A space or newline after [`TONED_MARK`].
pub(super) const END_TONED_MARK: State = row(22);
/// Anything else: the word is not one to take.
pub(super) const REJECT: State = row(23);
/// What [`pair_step`] gives when the second byte of the pair stops the
/// scan in state `s` (one of [`END`] … [`REJECT`]): `s + SECOND`. (When
/// the first byte stops it, the state it stops in.)
pub(super) const SECOND: State = row(5);
/// The first state [`pair_step`] gives when the second byte stops the scan.
const EXIT_SECOND: State = EXIT + SECOND;

/// Of a state at or past [`EXIT`] that a pair step gives: the state the
/// scan stops in, and the place of the byte it stops on in the pair (0 or
/// 1), as [`SECOND`] codes them.
#[inline(always)]
pub(super) fn pair_stop(code: State) -> (State, usize) {
    let second = code >= EXIT_SECOND;
    (code - if second { SECOND } else { 0 }, usize::from(second))
}

/// Rows of the table: every state has one, and a power of two, so that a
/// masked index is in bounds.
const ROWS: usize = 32;

/// The state after `state` reads `b`.
#[inline(always)]
pub(super) fn step(state: State, b: u8) -> State {
    usize::from(NEXT[((state >> 2) | usize::from(b)) & (NEXT.len() - 1)])
}

/// [`step`] for every state and byte, at the state's row index times 256
/// plus the byte. (The states fit in 16 bits: the table is half as large.)
static NEXT: [u16; ROWS * 256] = {
    let mut t = [REJECT as u16; ROWS * 256];
    let mut s = 0;
    while s < ROWS {
        let mut b = 0;
        while b < 256 {
            t[s * 256 + b] = next(row(s), b as u8) as u16;
            b += 1;
        }
        s += 1;
    }
    t
};

/// Classes of bytes: two bytes of a class take every state to the same
/// state ([`next`]). There are 31.
const CLASSES: usize = 32;

/// The class of each byte, numbered in the order of their first bytes.
static CLASS: [u8; 256] = classes().0;

/// The first byte of each class.
const FIRST: [u8; CLASSES] = classes().1;

/// [`CLASS`] and [`FIRST`]: bytes whose columns of [`NEXT`] are alike.
const fn classes() -> ([u8; 256], [u8; CLASSES]) {
    let mut class = [0u8; 256];
    let mut first = [0u8; CLASSES];
    let mut count = 0;
    let mut b = 0;
    while b < 256 {
        let mut c = 0;
        while c < count && !same_column(first[c], b as u8) {
            c += 1;
        }
        if c == count {
            // (a class past the last would fail the build here)
            first[c] = b as u8;
            count += 1;
        }
        class[b] = c as u8;
        b += 1;
    }
    (class, first)
}

/// Whether bytes `a` and `b` take every state to the same state.
const fn same_column(a: u8, b: u8) -> bool {
    let mut s = 0;
    while s < ROWS {
        if next(row(s), a) != next(row(s), b) {
            return false;
        }
        s += 1;
    }
    true
}

/// The state after `state` (below [`EXIT`]) reads `b0` then `b1`, in one
/// look-up: as [`step`] twice, but that when the first byte stops the scan
/// the state it stops in, and when the second does that state plus
/// [`SECOND`]. Only the look-up depends on `state`: the chain of states a
/// scan goes through takes one look-up for two bytes.
/// (The plain definition of the codes of [`word_pair_step`], for the
/// tests: the scans all go through that one table.)
#[cfg(test)]
pub(super) fn pair_step(state: State, b0: u8, b1: u8) -> State {
    let pair = (usize::from(CLASS[usize::from(b0)]) << 5) | usize::from(CLASS[usize::from(b1)]);
    PAIR.get(state | pair).map_or(REJECT, |&s| usize::from(s))
}

/// [`pair_step`] for every state below [`EXIT`] and pair of classes, at
/// the state plus the first class times 32 plus the second.
#[cfg(test)]
static PAIR: [u16; EXIT] = {
    let mut t = [REJECT as u16; EXIT];
    let mut s = 0;
    while s < EXIT {
        let (c0, c1) = ((s >> 5) & 31, s & 31);
        let state = s & !(row(1) - 1);
        let after = next(state, FIRST[c0]);
        t[s] = if after >= EXIT {
            after
        } else {
            let then = next(after, FIRST[c1]);
            if then >= EXIT { then + SECOND } else { then }
        } as u16;
        s += 1;
    }
    t
};

/// What [`word_pair_step`] tells besides the state: a word ended in the
/// pair, at a space or newline that is one of its two bytes.
pub(super) const ENDED: u8 = 1;
/// With [`ENDED`]: the space or newline is the pair's second byte (else its
/// first).
pub(super) const SPACE_SECOND: u8 = 2;
/// With [`ENDED`]: the word ended with a final punctuation mark
/// ([`END_MARK`]).
pub(super) const WITH_MARK: u8 = 4;

/// [`pair_step`] that goes on past the end of a word: when a byte of the
/// pair is the space or newline that ends a word ([`END`] or [`END_MARK`]),
/// the state is the one the next word is in after the rest of the pair
/// (from [`START`]), and the second value tells where that word ended
/// ([`ENDED`], [`SPACE_SECOND`], [`WITH_MARK`]); else it is 0. The state
/// stops the scan (at or past [`EXIT`], as [`pair_step`] codes it) only on
/// the other stops: a word not to take, or one that ends [`TONED`]. A
/// word's end thus needs no branch of its own.
#[inline(always)]
pub(super) fn word_pair_step(state: State, b0: u8, b1: u8) -> (State, u8) {
    let pair = (usize::from(CLASS[usize::from(b0)]) << 5) | usize::from(CLASS[usize::from(b1)]);
    // (in bounds: the tables have a row for every state, so that the
    // compiler needs no test of the index, which it knows is below
    // `WORD_ROWS`)
    let at = (state | pair) & (WORD_ROWS - 1);
    let next = WORD_PAIR.get(at).map_or(REJECT, |&s| usize::from(s));
    (next, WORD_EVENT.get(at).copied().unwrap_or(0))
}

/// The size of the tables of [`word_pair_step`]: a row for every state,
/// though only those below [`EXIT`] are looked at.
const WORD_ROWS: usize = row(ROWS);

/// The states of [`word_pair_step`], laid out as [`PAIR`].
static WORD_PAIR: [u16; WORD_ROWS] = {
    let mut t = [REJECT as u16; WORD_ROWS];
    let mut s = 0;
    while s < EXIT {
        t[s] = word_pair(s).0 as u16;
        s += 1;
    }
    t
};

/// The ends of words of [`word_pair_step`], laid out as [`PAIR`].
static WORD_EVENT: [u8; WORD_ROWS] = {
    let mut t = [0u8; WORD_ROWS];
    let mut s = 0;
    while s < EXIT {
        t[s] = word_pair(s).1;
        s += 1;
    }
    t
};

/// [`word_pair_step`] at index `s` of its tables (the state plus the first
/// class times 32 plus the second).
const fn word_pair(s: usize) -> (State, u8) {
    let (c0, c1) = ((s >> 5) & 31, s & 31);
    let state = s & !(row(1) - 1);
    let after = next(state, FIRST[c0]);
    if after < EXIT {
        match next(after, FIRST[c1]) {
            then if then < EXIT => (then, 0),
            END => (START, ENDED | SPACE_SECOND),
            END_MARK => (START, ENDED | SPACE_SECOND | WITH_MARK),
            then => (then + SECOND, 0),
        }
    } else if after == END || after == END_MARK {
        let mark = if after == END_MARK { WITH_MARK } else { 0 };
        match next(START, FIRST[c1]) {
            then if then < EXIT => (then, ENDED | mark),
            then => (then + SECOND, ENDED | mark),
        }
    } else {
        (after, 0)
    }
}

/// For each ASCII char, whether some abbreviation has it past its first
/// char ([`crate::lexicon::abbreviations::may_continue`]).
const MAY_CONTINUE: [bool; 128] = {
    let list = crate::lexicon::abbreviations::ABBREVIATIONS;
    let mut t = [false; 128];
    let mut i = 0;
    while i < list.len() {
        let a = list[i].0.as_bytes();
        // past the first char: its length told by its first byte
        let mut k = match a.first() {
            Some(&b) if b >= 0xF0 => 4,
            Some(&b) if b >= 0xE0 => 3,
            Some(&b) if b >= 0xC0 => 2,
            _ => 1,
        };
        while k < a.len() {
            if a[k] < 0x80 {
                t[a[k] as usize] = true;
            }
            k += 1;
        }
        i += 1;
    }
    t
};

/// The transition of [`step`], computed.
const fn next(state: State, b: u8) -> State {
    let space = b == b' ' || b == b'\n';
    match state {
        // what `abbreviation_goes_on` tells after a capital: no char beyond
        // ASCII that continues an abbreviation is a lower-case letter
        CAPITAL | CAPITAL_OU if b < 0x80 && !space && MAY_CONTINUE[b as usize] => REJECT,
        CAPITAL => next(LETTERS, b),
        CAPITAL_OU => next(AFTER_OU, b),
        START | LETTERS | AFTER_OU | TONED => match b {
            b' ' | b'\n' => match state {
                START => REJECT,
                TONED => END_TONED,
                _ => END,
            },
            b'o' | b'u' => AFTER_OU,
            b'a'..=b'z' | b'0'..=b'9' => LETTERS,
            b'O' | b'U' if state == START => CAPITAL_OU,
            b'A'..=b'Z' if state == START => CAPITAL,
            // the marks a plain word may end with: not '&' (an entity),
            // not '`' (a quote to clean)
            _ if b.is_ascii_punctuation() && b != b'&' && b != b'`' => {
                if state == TONED {
                    TONED_MARK
                } else {
                    MARK
                }
            }
            0xC3 => {
                if state == AFTER_OU {
                    C3_OU
                } else {
                    C3
                }
            }
            0xC4 => C4,
            0xC5 => C5,
            0xC6 => C6,
            0xE1 => {
                if state == AFTER_OU {
                    E1_OU
                } else {
                    E1
                }
            }
            _ => REJECT,
        },
        MARK if space => END_MARK,
        TONED_MARK if space => END_TONED_MARK,
        // U+00DF–U+00FF but for U+00F0 and U+00F7; à á ã è é ý toned
        C3 | C3_OU => match b {
            0x9F..=0xAF | 0xB1..=0xB6 | 0xB8..=0xBF => {
                let toned = matches!(b, 0xA0 | 0xA1 | 0xA3 | 0xA8 | 0xA9 | 0xBD);
                if state == C3_OU && toned {
                    TONED
                } else {
                    LETTERS
                }
            }
            _ => REJECT,
        },
        // ă đ ĩ, ũ, ơ ư
        C4 if matches!(b, 0x83 | 0x91 | 0xA9) => LETTERS,
        C5 if b == 0xA9 => LETTERS,
        C6 if matches!(b, 0xA1 | 0xB0) => LETTERS,
        E1 | E1_OU => match b {
            0xBA => {
                if state == E1_OU {
                    E1BA_OU
                } else {
                    E1BA
                }
            }
            0xBB => {
                if state == E1_OU {
                    E1BB_OU
                } else {
                    E1BB
                }
            }
            _ => REJECT,
        },
        // the odd code points of U+1EA1–U+1EBF; ạ ả ẹ ẻ ẽ toned
        E1BA | E1BA_OU if b >= 0xA1 && b <= 0xBF && b & 1 == 1 => {
            let toned = matches!(b, 0xA1 | 0xA3 | 0xB9 | 0xBB | 0xBD);
            if state == E1BA_OU && toned {
                TONED
            } else {
                LETTERS
            }
        }
        // the odd code points of U+1EC1–U+1EF9; ỳ ỵ ỷ ỹ toned
        E1BB | E1BB_OU if b >= 0x80 && b <= 0xB9 && b & 1 == 1 => {
            let toned = matches!(b, 0xB3 | 0xB5 | 0xB7 | 0xB9);
            if state == E1BB_OU && toned {
                TONED
            } else {
                LETTERS
            }
        }
        _ => REJECT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::abbreviations::may_continue;

    #[test]
    fn an_abbreviation_goes_on_after_a_capital_as_may_continue_says() {
        for b in 0..0x80u8 {
            assert_eq!(MAY_CONTINUE[usize::from(b)], may_continue(char::from(b)));
        }
        // the letters the automaton takes after a capital beyond ASCII
        // continue no abbreviation
        for c in (0x80..0x2000u32).filter_map(char::from_u32) {
            if run(&format!("A{c}")) == LETTERS {
                assert!(!may_continue(c), "{c:?}");
            }
        }
        for (word, end) in [
            ("Ta ", END),
            ("Tp ", REJECT),
            ("T. ", REJECT),
            ("T, ", END_MARK),
        ] {
            assert_eq!(run(word), end, "{word}");
        }
    }

    /// Runs the automaton over `word` from [`START`]: the state that stops
    /// it, or the one it ends in at the end of `word`.
    fn run(word: &str) -> State {
        let mut s = START;
        for &b in word.as_bytes() {
            s = step(s, b);
            if s >= EXIT {
                return s;
            }
        }
        s
    }

    /// Calls `check` with every state the automaton runs in, every pair of
    /// bytes, and the state one step on the first byte leads to.
    fn each_state_and_pair(mut check: impl FnMut(State, u8, u8, State)) {
        for s in 0..EXIT / row(1) {
            let state = row(s);
            for b0 in 0..=255u8 {
                let first = step(state, b0);
                for b1 in 0..=255u8 {
                    check(state, b0, b1, first);
                }
            }
        }
    }

    #[test]
    fn a_pair_step_is_two_steps() {
        each_state_and_pair(|state, b0, b1, first| {
            let expected = if first >= EXIT {
                first
            } else {
                match step(first, b1) {
                    then if then >= EXIT => then + SECOND,
                    then => then,
                }
            };
            assert_eq!(
                pair_step(state, b0, b1),
                expected,
                "{state} {b0:#x} {b1:#x}"
            );
        });
        // the codes of a stop at the second byte are no other state's
        assert!(EXIT_SECOND > REJECT && REJECT + SECOND < row(ROWS));
    }

    #[test]
    fn a_word_pair_step_is_two_steps_going_on_after_a_word() {
        each_state_and_pair(|state, b0, b1, first| {
            let expected = if first == END || first == END_MARK {
                let mark = if first == END_MARK { WITH_MARK } else { 0 };
                match step(START, b1) {
                    then if then >= EXIT => (then + SECOND, ENDED | mark),
                    then => (then, ENDED | mark),
                }
            } else if first >= EXIT {
                (first, 0)
            } else {
                match step(first, b1) {
                    END => (START, ENDED | SPACE_SECOND),
                    END_MARK => (START, ENDED | SPACE_SECOND | WITH_MARK),
                    then if then >= EXIT => (then + SECOND, 0),
                    then => (then, 0),
                }
            };
            assert_eq!(
                word_pair_step(state, b0, b1),
                expected,
                "{state} {b0:#x} {b1:#x}"
            );
        });
    }

    #[test]
    fn the_letters_are_the_lower_case_letters_of_lower_len() {
        for c in (0x80..0x2000u32).filter_map(char::from_u32) {
            let w = format!("x{c}");
            let lower = super::super::lower_len(w.as_bytes(), 1) > 0;
            assert_eq!(run(&w) == LETTERS, lower, "{c:?}");
            // and the toned ones after 'o' or 'u' are the toned a, e, y
            let toned = super::super::tones::second(c).is_some();
            let after_o = run(&format!("o{c}"));
            assert_eq!(after_o == TONED, lower && toned, "{c:?}");
            assert_eq!(after_o == LETTERS, lower && !toned, "{c:?}");
        }
    }

    #[test]
    fn the_ascii_bytes_are_classed_like_the_scan() {
        for b in 0..0x80u8 {
            let c = char::from(b);
            let s = run(&format!("x{c}"));
            let expected = match b {
                b' ' | b'\n' => END,
                b'o' | b'u' => AFTER_OU,
                b'a'..=b'z' | b'0'..=b'9' => LETTERS,
                _ if super::super::is_final_mark(&[b], 0) => MARK,
                _ => REJECT,
            };
            assert_eq!(s, expected, "{c:?}");
        }
    }
}
