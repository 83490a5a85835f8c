package stock

import "fmt"

// Describe prints one stock level.
func (s *Store) Describe(sku string) string {
	return fmt.Sprintf("%s: %d units (%s)", sku, s.levels[sku])
}

func (s *Store) copyOf() Store {
	c := *s
	return c
}
