//! Counting votes for the store's product of the month.

pub mod extra;

use std::collections::HashMap;

pub fn count(votes: &[&str]) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for v in votes {
        *out.entry(v.trim().to_string()).or_insert(0) += 1;
    }
    out
}

pub fn winner(votes: &[&str]) -> Option<String> {
    let counts = count(votes);
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(name, _)| name)
}

pub fn share(votes: &[&str], name: &str) -> f64 {
    let counts = count(votes);
    let total: usize = counts.values().sum();
    counts.get(name).copied().unwrap_or(0) as f64 / total as f64 * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_counts() {
        assert_eq!(count(&["tea", "tea", "cup"])["tea"], 2);
    }

    #[test]
    fn it_works() {
        assert_eq!(winner(&["tea", "cup", "cup"]), Some("cup".to_string()));
    }

    #[test]
    fn trims_names() {
        assert_eq!(count(&[" tea", "tea "]).len(), 1);
    }

    #[test]
    fn share_of_nobody_is_zero() {
        assert_eq!(share(&[], "tea"), 0.0);
    }

    mod ties {
        use super::super::*;

        #[test]
        fn tie_goes_to_the_first_name() {
            assert_eq!(winner(&["cup", "tea", "tea"]), Some("cup".to_string()), "the first vote decides");
        }
    }
}
