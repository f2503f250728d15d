package rollupnode

import (
	"context"
	"time"
)

// everyPoll runs step, then again each poll interval after it returns, until
// ctx ends (nil) or step fails while ctx is live (step's error). The rollup
// node's followers and actors are such loops; each decides in step which of
// its errors are worth stopping for.
func everyPoll(ctx context.Context, poll time.Duration, step func() error) error {
	for {
		if err := step(); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(poll):
		}
	}
}
