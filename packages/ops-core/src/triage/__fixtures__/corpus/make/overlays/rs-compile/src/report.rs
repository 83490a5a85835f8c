use crate::count;

pub fn render(votes: &[&str]) -> String {
    let counts = count(votes);
    let total: u32 = counts.values().sum();
    format!("{} votes", total)
}

pub fn top(votes: &[&str]) -> &str {
    let counts = count(votes);
    counts.keys().next().unwrap()
}
