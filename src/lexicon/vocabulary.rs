//! The words the lexicon's terms are made of, numbered: a hash table built
//! once, asked once for every token of an article.
//!
//! Most tokens of an article are in no term, so a look-up is mostly a miss:
//! an open-addressing table kept at most a quarter full, whose probe ends at
//! an empty slot after one or two steps. A slot holds its word's first eight
//! bytes as one number: a word of up to eight bytes (most words of
//! Vietnamese) is told by one load from the text, a mask and two compares.

/// A set of words, each with its number (in the order first added).
#[derive(Debug)]
pub(crate) struct Vocabulary {
    /// The words, end to end.
    text: String,
    /// Each word's range in `text`, by number.
    words: Vec<(u32, u32)>,
    /// The table: empty slots have `id == u32::MAX`.
    slots: Vec<Slot>,
    /// One bit for each value of a hash's low [`FILTER_BITS`] bits, set
    /// when some word's hash has them: 512 bytes that stay in the cache,
    /// asked before the table (most look-ups are misses, told here
    /// without touching a slot).
    filter: Box<[u64; FILTER_WORDS]>,
}

/// How many low bits of a hash the filter keeps.
const FILTER_BITS: u32 = 12;
/// The filter's length in 64-bit words.
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

#[derive(Clone, Copy, Debug)]
struct Slot {
    /// The word's first eight bytes, little-endian, zero-padded.
    head: u64,
    len: u32,
    id: u32,
}

const EMPTY: Slot = Slot {
    head: 0,
    len: 0,
    id: u32::MAX,
};

const SEED: u64 = 0x517c_c1b7_2722_0a95;

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            text: String::new(),
            words: Vec::new(),
            slots: Vec::new(),
            filter: Box::new([0; FILTER_WORDS]),
        }
    }
}

/// Where the filter keeps the bit of hash `h`: its word, and the bit in it.
#[inline(always)]
fn filter_bit(h: u64) -> (usize, u64) {
    let bit = h as usize & ((1 << FILTER_BITS) - 1);
    (bit / 64, 1 << (bit % 64))
}

/// Whether `filter` has the bit of hash `h`.
#[inline(always)]
fn in_filter(filter: &[u64; FILTER_WORDS], h: u64) -> bool {
    let (word, bit) = filter_bit(h);
    filter[word] & bit != 0
}

/// The first eight bytes of `text[start..end]` as a little-endian number,
/// zero-padded: one load when eight bytes of `text` follow `start`.
#[inline(always)]
fn head(text: &[u8], start: usize, end: usize) -> u64 {
    let len = end.saturating_sub(start).min(8);
    if let Some(w) = text
        .get(start..start + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        let w = u64::from_le_bytes(w);
        return if len == 8 {
            w
        } else {
            w & ((1u64 << (8 * len)) - 1)
        };
    }
    text.get(start..start + len)
        .into_iter()
        .flatten()
        .enumerate()
        .fold(0, |h, (k, &b)| h | u64::from(b) << (8 * k))
}

/// The table position of a word from its head and length (the bytes past
/// the eighth are left to the comparison).
#[inline]
fn hash(head: u64, len: usize) -> u64 {
    (head ^ len as u64).wrapping_mul(SEED) >> 32
}

impl Vocabulary {
    /// The vocabulary of `words`, numbered in order of first appearance.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Vocabulary {
        let mut v = Vocabulary::default();
        for w in words {
            v.add(w);
        }
        v
    }

    /// The number of `word`, added if new.
    pub fn add(&mut self, word: &str) -> u32 {
        if let Some(id) = self.get(word.as_bytes()) {
            return id;
        }
        let id = self.words.len() as u32;
        let start = self.text.len() as u32;
        self.text.push_str(word);
        self.words.push((start, self.text.len() as u32));
        if self.slots.len() < 4 * self.words.len() {
            self.rehash((4 * self.words.len()).next_power_of_two().max(16));
        } else {
            self.place(id);
        }
        id
    }

    /// The words of `self` whose numbers `keep` says yes to, with the same
    /// numbers: a smaller table, asked first where most words are not kept.
    pub fn subset(&self, keep: impl Fn(u32) -> bool) -> Vocabulary {
        let mut v = Vocabulary {
            text: self.text.clone(),
            words: self.words.clone(),
            ..Vocabulary::default()
        };
        let kept: Vec<u32> = (0..self.words.len() as u32)
            .filter(|&id| keep(id))
            .collect();
        v.slots = vec![EMPTY; (4 * kept.len()).next_power_of_two().max(16)];
        for id in kept {
            v.place(id);
        }
        v
    }

    /// How many words there are; every number is below it.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The number of the word spelled `bytes`, if it is one.
    pub fn get(&self, bytes: &[u8]) -> Option<u32> {
        self.get_in(bytes, 0, bytes.len())
    }

    /// The number of the word spelled `text[start..end]`, if it is one.
    #[inline(always)]
    pub fn get_in(&self, text: &[u8], start: usize, end: usize) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let len = end.checked_sub(start)?;
        let head = head(text, start, end);
        let h = hash(head, len);
        if !in_filter(&self.filter, h) {
            return None;
        }
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.id == u32::MAX {
                return None;
            }
            if slot.head == head
                && slot.len as usize == len
                && (len <= 8 || self.word(slot.id) == text.get(start..end))
            {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
    }

    fn word(&self, id: u32) -> Option<&[u8]> {
        let &(start, end) = self.words.get(id as usize)?;
        self.text.as_bytes().get(start as usize..end as usize)
    }

    fn rehash(&mut self, size: usize) {
        self.slots = vec![EMPTY; size];
        *self.filter = [0; FILTER_WORDS];
        for id in 0..self.words.len() as u32 {
            self.place(id);
        }
    }

    fn place(&mut self, id: u32) {
        let Some(&(start, end)) = self.words.get(id as usize) else {
            return;
        };
        let (start, end) = (start as usize, end as usize);
        let slot = Slot {
            head: head(self.text.as_bytes(), start, end),
            len: (end - start) as u32,
            id,
        };
        let mask = self.slots.len() - 1;
        let h = hash(slot.head, end - start);
        let (word, bit) = filter_bit(h);
        self.filter[word] |= bit;
        let mut i = h as usize & mask;
        while self.slots[i].id != u32::MAX {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_and_finds_them_again() {
        let words = ["ủy", "ban", "nhân", "dân", "ban", "thường", "vụ", "-", "&"];
        let mut v = Vocabulary::new(words);
        assert_eq!(v.len(), 8);
        assert_eq!(v.get("ban".as_bytes()), Some(1));
        assert_eq!(v.get("vụ".as_bytes()), Some(5));
        assert_eq!(v.get("bank".as_bytes()), None);
        assert_eq!(v.get(b""), None);
        // many words: the table grows and keeps every one
        let many: Vec<String> = (0..500).map(|k| format!("từ{k}")).collect();
        for w in &many {
            v.add(w);
        }
        assert!(many.iter().all(|w| v.get(w.as_bytes()).is_some()));
        assert_eq!(v.get("từ500".as_bytes()), None);
        assert_eq!(v.add("ban"), 1);
        // a long word, past one eight-byte block
        let long = "chủ nghĩa xã hội";
        let id = v.add(long);
        assert_eq!(v.get(long.as_bytes()), Some(id));
        assert_eq!(v.get("chủ nghĩa xã hộ".as_bytes()), None);
        assert_eq!(v.get("chủ nghĩa xã hộI".as_bytes()), None);
        // inside a longer text, at its end, and past it
        let text = "ông ban bí thư";
        assert_eq!(v.get_in(text.as_bytes(), 5, 8), Some(1));
        assert_eq!(v.get_in(text.as_bytes(), 5, 7), None);
        assert_eq!(v.get_in(b"x ban", 2, 5), Some(1));
        assert_eq!(v.get_in(b"x ban", 2, 9), None);
        assert_eq!(v.get_in(b"x ban", 4, 2), None);
        assert_eq!(Vocabulary::default().get(b"ban"), None);
    }

    #[test]
    fn a_subset_keeps_the_numbers_of_the_words_it_keeps() {
        let v = Vocabulary::new(["ủy", "ban", "nhân", "dân", "hội", "đồng"]);
        let odd = v.subset(|id| id % 2 == 1);
        assert_eq!(odd.get("ban".as_bytes()), Some(1));
        assert_eq!(odd.get("dân".as_bytes()), Some(3));
        assert_eq!(odd.get("đồng".as_bytes()), Some(5));
        assert_eq!(odd.get("ủy".as_bytes()), None);
        assert_eq!(odd.get("nhân".as_bytes()), None);
        assert!(odd.slots.len() < v.slots.len());
        assert_eq!(v.subset(|_| false).get("ban".as_bytes()), None);
    }
}
