use tally::{count, share};

#[test]
fn counts_a_real_ballot() {
    let ballot = ["tea", "cup", "tea", "pot", "tea"];
    assert_eq!(count(&ballot).get("tea"), Some(&3));
}

#[test]
fn share_is_a_percentage() {
    let raw = std::env::var("BALLOT").unwrap();
    let ballot: Vec<&str> = raw.split(',').collect();
    assert!(share(&ballot, "tea") <= 100.0);
}
