package stock

import "testing"

func TestTopThree(t *testing.T) {
	s := New()
	s.Receive("tea", 5)
	s.Receive("cup", 2)
	top := s.Top(3)
	if top[0] != "tea" {
		t.Fatalf("Top(3)[0] = %s", top[0])
	}
}
