pub fn is_empty_ballot(votes: &Vec<String>) -> bool {
    if votes.len() == 0 {
        return true;
    } else {
        return false;
    }
}

pub fn names(votes: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..votes.len() {
        out.push(votes[i].clone());
    }
    out
}
