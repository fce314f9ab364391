//! One stable sort shared by every list in the app, so each element type does not bring its own
//! copy of the standard library's sort into the wasm (about 4 KB each; measured 33 KB in all).

use std::cmp::Ordering;

/// The positions `0..len` in the order `cmp` gives them, equal items keeping their order.
/// Not generic: the standard sort is instantiated once, for the whole app.
pub fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sorts `items` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    reorder(items, &order);
}

/// Sorts `items` stably by a key computed once per item, like `slice::sort_by_cached_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    reorder(items, &order);
}

/// Puts `items` in the order of `order`, a permutation of their positions.
fn reorder<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        let words = [
            "pear", "Fig", "apple", "fig", "Apple", "kiwi", "date", "", "pear",
        ];
        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut std_sorted = ours.clone();
        sort_by(&mut ours, |a, b| a.1.len().cmp(&b.1.len()));
        std_sorted.sort_by_key(|a| a.1.len());
        assert_eq!(ours, std_sorted);

        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut std_sorted = ours.clone();
        sort_by_key(&mut ours, |w| w.1.to_lowercase());
        std_sorted.sort_by_key(|w| w.1.to_lowercase());
        assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sorts_empty_single_and_long_lists() {
        let mut empty: Vec<u32> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_by_key(&mut one, |x| *x);
        assert_eq!(one, [7]);
        let mut long: Vec<u32> = (0..5000).map(|i| (i * 7919) % 5003).collect();
        let mut expected = long.clone();
        expected.sort();
        sort_by(&mut long, |a, b| a.cmp(b));
        assert_eq!(long, expected);
    }
}
