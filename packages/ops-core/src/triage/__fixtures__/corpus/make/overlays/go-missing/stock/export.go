package stock

import "github.com/acme/csvkit"

// Export writes the stock levels as CSV.
func (s *Store) Export() string {
	w := csvkit.NewWriter()
	for sku, n := range s.levels {
		w.Row(sku, n)
	}
	return w.String()
}
