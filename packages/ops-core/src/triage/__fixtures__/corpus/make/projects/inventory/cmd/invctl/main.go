package main

import (
	"fmt"
	"os"

	"example.com/inventory/stock"
)

func main() {
	s := stock.New()
	s.Receive("tea", 4)
	fmt.Println(s.Level("tea"))
	if len(os.Args) > 1 {
		fmt.Println(s.Top(1))
	}
}
