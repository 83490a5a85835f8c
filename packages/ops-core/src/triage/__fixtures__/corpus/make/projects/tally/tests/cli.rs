use tally::count;

#[test]
fn counts_a_real_ballot() {
    let ballot = ["tea", "cup", "tea", "pot", "tea"];
    assert_eq!(count(&ballot).get("tea"), Some(&3));
}
