use crate::count;

pub fn headline(votes: &[&str]) -> String {
    let counts = count(votes);
    counts.len()
}
