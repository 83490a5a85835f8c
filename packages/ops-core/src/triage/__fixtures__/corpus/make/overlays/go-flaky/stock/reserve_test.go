package stock

import "testing"

// reserveRuns counts the runs of TestReserveAfterWebhook in this process: with -count=N the test runs N
// times, and the second run loses the race with the webhook (the counter stands in for the race, so the
// capture is deterministic).
var reserveRuns int

func TestReserveAfterWebhook(t *testing.T) {
	reserveRuns++
	s := New()
	s.Receive("tea", 3)
	if reserveRuns == 2 {
		s.Receive("tea", -1) // the webhook's late correction
	}
	if got := s.Level("tea"); got != 3 {
		t.Errorf("Level(tea) = %d after the webhook, want 3", got)
	}
}
