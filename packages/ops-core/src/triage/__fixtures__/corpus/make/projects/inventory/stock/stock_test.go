package stock

import (
	"errors"
	"testing"
)

func TestReceive(t *testing.T) {
	s := New()
	s.Receive("tea", 3)
	if got := s.Level("tea"); got != 3 {
		t.Fatalf("Level(tea) = %d, want 3", got)
	}
}

func TestShipNeverGoesNegative(t *testing.T) {
	s := New()
	s.Receive("tea", 1)
	if err := s.Ship("tea", 2); err == nil {
		t.Errorf("Ship(tea, 2) with 1 in stock: want an error, got nil")
	}
	if got := s.Level("tea"); got < 0 {
		t.Errorf("Level(tea) = %d after a refused shipment", got)
	}
}

func TestShipUnknown(t *testing.T) {
	if err := New().Ship("cup", 1); !errors.Is(err, ErrUnknownSKU) {
		t.Fatalf("want ErrUnknownSKU, got %v", err)
	}
}

func TestLowStock(t *testing.T) {
	cases := []struct {
		name      string
		threshold int
		want      int
	}{
		{"none below", 1, 0},
		{"all below", 10, 2},
		{"edge equal", 5, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := New()
			s.Receive("tea", 5)
			s.Receive("cup", 2)
			if got := len(s.LowStock(tc.threshold)); got != tc.want {
				t.Errorf("LowStock(%d) returned %d skus, want %d", tc.threshold, got, tc.want)
			}
		})
	}
}
