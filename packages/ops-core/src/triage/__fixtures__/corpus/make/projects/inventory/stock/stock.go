package stock

import (
	"errors"
	"fmt"
	"sort"
)

// ErrUnknownSKU is returned for a SKU that is not stocked.
var ErrUnknownSKU = errors.New("unknown sku")

type Store struct {
	levels map[string]int
}

func New() *Store { return &Store{levels: map[string]int{}} }

func (s *Store) Receive(sku string, n int) { s.levels[sku] += n }

func (s *Store) Ship(sku string, n int) error {
	have, ok := s.levels[sku]
	if !ok {
		return fmt.Errorf("ship %s: %w", sku, ErrUnknownSKU)
	}
	s.levels[sku] = have - n
	return nil
}

func (s *Store) Level(sku string) int { return s.levels[sku] }

func (s *Store) LowStock(threshold int) []string {
	var out []string
	for sku, n := range s.levels {
		if n < threshold {
			out = append(out, sku)
		}
	}
	return out
}

func (s *Store) Top(n int) []string {
	skus := make([]string, 0, len(s.levels))
	for sku := range s.levels {
		skus = append(skus, sku)
	}
	sort.Slice(skus, func(i, j int) bool { return s.levels[skus[i]] > s.levels[skus[j]] })
	return skus[:n]
}
