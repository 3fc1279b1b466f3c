//! A trie of label sequences, the one structure behind the lexicon's two
//! look-ups: over bytes (a phrase's longest term) and over word numbers
//! (the terms at a token of an article).

/// No node: an empty root slot, a node without a pattern.
const NONE: u32 = u32::MAX;

/// What a trie is spelled with: bytes, or word numbers.
pub(crate) trait Label: Copy + Ord {
    /// The label as an index into the root table.
    fn index(self) -> usize;
}

impl Label for u8 {
    fn index(self) -> usize {
        usize::from(self)
    }
}

impl Label for u32 {
    fn index(self) -> usize {
        self as usize
    }
}

/// One node: its edges (a range of `labels` and `targets`, sorted by
/// label) and the pattern ending here, if any.
#[derive(Clone, Copy, Debug)]
struct Node {
    edges: u32,
    len: u32,
    pattern: u32,
}

/// A trie of label sequences, each reported by its pattern number. The
/// root's children are found by index (the first step, taken at every
/// token, costs one look-up); deeper nodes have few children, searched in a
/// short sorted list.
#[derive(Debug)]
pub(crate) struct Trie<L> {
    root: Vec<u32>,
    nodes: Vec<Node>,
    labels: Vec<L>,
    targets: Vec<u32>,
}

impl<L: Label> Trie<L> {
    /// The trie of `patterns` (pattern `k` is the `k`-th), whose labels
    /// index below `alphabet`. Empty sequences are left out; of equal ones
    /// the first keeps the pattern number.
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p [L]>, alphabet: usize) -> Trie<L>
    where
        L: 'p,
    {
        // built as a tree of sorted child lists, then laid out flat
        let mut tree: Vec<(Vec<(L, u32)>, u32)> = vec![(Vec::new(), NONE)];
        for (k, pattern) in patterns.into_iter().enumerate() {
            if pattern.is_empty() {
                continue;
            }
            let mut at = 0usize;
            for &label in pattern {
                let children = &tree[at].0;
                at = match children.binary_search_by(|c| c.0.cmp(&label)) {
                    Ok(i) => children[i].1 as usize,
                    Err(i) => {
                        let new = tree.len();
                        tree.push((Vec::new(), NONE));
                        tree[at].0.insert(i, (label, new as u32));
                        new
                    }
                };
            }
            if tree[at].1 == NONE {
                tree[at].1 = k as u32;
            }
        }
        let mut root = vec![NONE; alphabet];
        for &(label, child) in &tree[0].0 {
            if let Some(slot) = root.get_mut(label.index()) {
                *slot = child;
            }
        }
        let mut nodes = Vec::with_capacity(tree.len());
        let (mut labels, mut targets) = (Vec::new(), Vec::new());
        for (children, pattern) in &tree {
            nodes.push(Node {
                edges: labels.len() as u32,
                len: children.len() as u32,
                pattern: *pattern,
            });
            labels.extend(children.iter().map(|c| c.0));
            targets.extend(children.iter().map(|c| c.1));
        }
        Trie {
            root,
            nodes,
            labels,
            targets,
        }
    }

    /// The node a sequence starting with `label` reaches.
    #[inline]
    pub fn first(&self, label: L) -> Option<u32> {
        self.root.get(label.index()).copied().filter(|&n| n != NONE)
    }

    /// The child of `node` by `label`.
    #[inline]
    pub fn next(&self, node: u32, label: L) -> Option<u32> {
        let n = self.nodes.get(node as usize)?;
        let from = n.edges as usize;
        let labels = self.labels.get(from..from + n.len as usize)?;
        let i = labels.iter().position(|&l| l == label)?;
        self.targets.get(from + i).copied()
    }

    /// The pattern that ends at `node`, if any.
    #[inline]
    pub fn pattern(&self, node: u32) -> Option<usize> {
        self.nodes
            .get(node as usize)
            .map(|n| n.pattern)
            .filter(|&p| p != NONE)
            .map(|p| p as usize)
    }

    /// The longest pattern that `labels` starts with: its length and
    /// number.
    pub fn longest_prefix(&self, labels: &[L]) -> Option<(usize, usize)> {
        let (&head, tail) = labels.split_first()?;
        let mut node = self.first(head)?;
        let mut best = self.pattern(node).map(|p| (1, p));
        for (k, &label) in tail.iter().enumerate() {
            let Some(next) = self.next(node, label) else {
                break;
            };
            node = next;
            if let Some(p) = self.pattern(node) {
                best = Some((k + 2, p));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(patterns: &[&'static str]) -> Trie<u8> {
        Trie::new(patterns.iter().map(|p| p.as_bytes()), 256)
    }

    #[test]
    fn finds_the_longest_pattern_a_sequence_starts_with() {
        let t = bytes(&["ban", "ban chấp hành", "bộ", "b"]);
        let hay = "ban chấp hành trung ương".as_bytes();
        assert_eq!(t.longest_prefix(hay), Some(("ban chấp hành".len(), 1)));
        assert_eq!(t.longest_prefix(b"ban chap"), Some((3, 0)));
        assert_eq!(t.longest_prefix(b"bx"), Some((1, 3)));
        assert_eq!(t.longest_prefix(b"xban"), None);
        assert_eq!(t.longest_prefix(b""), None);
    }

    #[test]
    fn equal_patterns_keep_the_first_number_and_empty_ones_none() {
        let t = bytes(&["", "sở", "sở"]);
        assert_eq!(t.longest_prefix("sở".as_bytes()), Some(("sở".len(), 1)));
        let words: Trie<u32> = Trie::new([&[3u32, 1][..], &[3], &[]], 4);
        assert_eq!(words.longest_prefix(&[3, 1, 2]), Some((2, 0)));
        assert_eq!(words.longest_prefix(&[3, 2]), Some((1, 1)));
        // a label past the alphabet starts nothing
        assert_eq!(words.longest_prefix(&[9]), None);
    }
}
