package precompile_test

import (
	"os"
	"testing"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
)

// TestMain registers EXECUTE before any EVM exists, as every nr process does.
func TestMain(m *testing.M) {
	precompile.Register(l2.L1Config())
	os.Exit(m.Run())
}
