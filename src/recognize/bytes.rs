//! Byte searches eight bytes at a time, for the passes that look for a few
//! ASCII bytes in prose (digits, separators) and skip everything else.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// For each of the eight bytes of `w` (little-endian), bit 7 set when the
/// byte is ASCII and in `lo..=hi`; every other bit clear.
#[inline]
pub(crate) fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    let low = w & !HIGHS;
    // per byte: at least `lo`, and more than `hi` (no carry: low <= 0x7F)
    let from_lo = low + ONES * (0x80 - u64::from(lo & 0x7F));
    let past_hi = low + ONES * (0x80 - u64::from(hi & 0x7F) - 1);
    from_lo & !past_hi & !w & HIGHS
}

/// The eight bytes of `bytes` from `at`, little-endian; 0 when fewer than
/// eight follow.
#[inline(always)]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..at + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
        .map_or(0, u64::from_le_bytes)
}

/// The places (0–7) of the bytes whose bit 7 `mask` sets, lowest first:
/// the bytes a mask of [`in_range`], [`eq_mask`] or [`has_byte`] marks.
#[inline(always)]
pub(crate) fn flagged(mut mask: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let k = (mask.trailing_zeros() / 8) as usize;
            mask &= mask - 1;
            k
        })
    })
}

/// For each of the eight bytes of `w`, bit 7 set when the byte is `b`;
/// every other bit clear.
#[inline]
pub(crate) fn eq_mask(w: u64, b: u8) -> u64 {
    let v = w ^ (ONES * u64::from(b));
    // per byte: bit 7 set when some bit of the byte is (no carry: the low
    // seven bits plus 0x7F make at most 0xFE)
    let nonzero = ((v & !HIGHS) + !HIGHS) | v;
    !nonzero & HIGHS
}

/// Nonzero when some byte of `w` is `b`, zero when none is; cheaper than
/// [`eq_mask`], but only the lowest bit set is sure to mark a byte `b` (a
/// borrow may mark a byte above it).
#[inline]
pub(crate) fn has_byte(w: u64, b: u8) -> u64 {
    let v = w ^ (ONES * u64::from(b));
    v.wrapping_sub(ONES) & !v & HIGHS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_range_marks_exactly_the_bytes_in_range() {
        for (lo, hi) in [(b'0', b'9'), (b'-', b'9'), (b't', b't'), (0, 0x7F)] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut w = [b'a' ^ 0x40; 8];
                    w[at] = b;
                    let mask = in_range(u64::from_le_bytes(w), lo, hi);
                    let expected: u64 = w
                        .iter()
                        .enumerate()
                        .filter(|&(_, &x)| (lo..=hi).contains(&x))
                        .map(|(k, _)| 0x80u64 << (8 * k))
                        .sum();
                    assert_eq!(mask, expected, "{b:#x} at {at} in {lo:#x}..={hi:#x}");
                }
            }
        }
    }

    #[test]
    fn words_and_flagged_places_read_the_bytes() {
        let bytes: Vec<u8> = (1..=20).collect();
        assert_eq!(
            word_at(&bytes, 0),
            u64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 8])
        );
        assert_eq!(
            word_at(&bytes, 12),
            u64::from_le_bytes([13, 14, 15, 16, 17, 18, 19, 20])
        );
        assert_eq!(word_at(&bytes, 13), 0);
        assert_eq!(word_at(&bytes, 40), 0);
        for mask in [
            0u64,
            0x80,
            0x8000_0000_0000_0080,
            HIGHS,
            0x0080_0080_0000_8000,
        ] {
            let expected: Vec<usize> = (0..8).filter(|k| mask >> (8 * k) & 0x80 != 0).collect();
            assert_eq!(flagged(mask).collect::<Vec<_>>(), expected, "{mask:#x}");
        }
    }

    #[test]
    fn eq_mask_marks_exactly_the_bytes_and_has_byte_says_whether_there_is_one() {
        for wanted in [0u8, b'"', 0x7F, 0x80, 0xC2, 0xFF] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    for other in [b'x', wanted, wanted ^ 1, 0xC3] {
                        let mut w = [other; 8];
                        w[at] = b;
                        w[(at + 3) % 8] = wanted.wrapping_add(1);
                        let word = u64::from_le_bytes(w);
                        let expected: u64 = w
                            .iter()
                            .enumerate()
                            .filter(|&(_, &x)| x == wanted)
                            .map(|(k, _)| 0x80u64 << (8 * k))
                            .sum();
                        assert_eq!(eq_mask(word, wanted), expected, "{w:x?} {wanted:#x}");
                        let has = has_byte(word, wanted);
                        assert_eq!(has != 0, expected != 0, "{w:x?} {wanted:#x}");
                        if has != 0 {
                            assert_eq!(has.trailing_zeros(), expected.trailing_zeros());
                        }
                    }
                }
            }
        }
    }
}
