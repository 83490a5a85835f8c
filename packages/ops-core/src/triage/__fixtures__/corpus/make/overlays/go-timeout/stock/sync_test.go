package stock

import (
	"testing"
	"time"
)

func TestWarehouseSync(t *testing.T) {
	done := make(chan struct{})
	go func() {
		time.Sleep(time.Hour)
		close(done)
	}()
	<-done
}
