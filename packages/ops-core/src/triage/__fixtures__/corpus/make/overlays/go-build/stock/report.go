package stock

import "fmt"

// Report renders the stock levels.
func (s *Store) Report() string {
	out := ""
	for sku, n := range s.levels {
		out += fmt.Sprintf("%s=%d\n", sku, n)
	}
	total := 0
	for _, n := range s.levels {
		totl += n
	}
	return out + fmt.Sprint(total, missing)
}
