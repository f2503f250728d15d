package eestexecute

import (
	"context"
	"os"
	"os/exec"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/report"
)

// TestCorpus runs the whole EEST corpus through EXECUTE, one subtest per test id.
// Every block's expectation must be met; the log lists the count per outcome kind.
func TestCorpus(t *testing.T) { eest.RunCorpusForTest(t, Verify) }

// Real corpus tests, chosen for the path each takes through EXECUTE.
const (
	// One valid block without L2-forbidden features.
	validFilter = `test_call_insufficient_balance\[fork_Osaka-blockchain_test_from_state_test\]`
	// One reject:tx block (gas limit above the EIP-7825 cap) that EXECUTE runs and rejects.
	rejectTxFilter = `test_transaction_gas_limit_cap\[fork_Osaka-tx_gas_limit_cap_exceeds_maximum0-`
	// A block with withdrawals, then a block spending them.
	crossingFilter = `test_use_value_in_tx\[fork_Osaka-blockchain_test-tx_after_withdrawals_block\]`
	// One valid block whose transaction queues a withdrawal request, a consolidation
	// request and a deposit: EXECUTE accepts requests whatever their content.
	requestsFilter = `test_valid_multi_type_request_from_same_tx\[fork_Osaka-blockchain_test-withdrawal\+consolidation\+deposit\]`
	// One reject:block block whose header commits to requests other than those its
	// execution queues: the input cannot carry them, so EXECUTE answers for the
	// block with the executed requests_hash.
	wrongRequestsFilter = `test_withdrawal_requests_negative\[fork_Osaka-blockchain_test-single_withdrawal_request_public_key_mismatch\]`
)

// runOne runs the single corpus test matching filter through verify.
func runOne(t *testing.T, filter string, verify eest.Verifier) report.Case {
	t.Helper()
	dir := eest.CorpusForTest(t)
	rows, err := eest.LoadManifest(dir)
	require.NoError(t, err)
	rows = eest.Select(rows, regexp.MustCompile(filter))
	require.Len(t, rows, 1, filter)
	return eest.RunRowsWith(context.Background(), dir, rows, 1, verify, nil)[0]
}

func TestVerifyCorpusPaths(t *testing.T) {
	c := runOne(t, validFilter, Verify)
	require.True(t, c.Passed(), c.Failure)
	require.Equal(t, []string{"valid: EXECUTE (true, block hash)"}, c.Notes)

	c = runOne(t, rejectTxFilter, Verify)
	require.True(t, c.Passed(), c.Failure)
	require.Equal(t, []string{"reject:tx: EXECUTE fails by ErrInvalidTransaction"}, c.Notes)

	// The withdrawals block cannot be an EXECUTE input; the chain crosses it with
	// the stateless executor and the next block must still reach EXECUTE and match.
	c = runOne(t, crossingFilter, Verify)
	require.True(t, c.Passed(), c.Failure)
	require.Equal(t, []string{
		"valid: EXECUTE fails by ErrWithdrawalsNotAllowed (L2 policy)",
		"valid: EXECUTE (true, block hash)",
	}, c.Notes)

	// Requests are no L2 policy: the block is accepted with its own hash, its
	// header committing to the requests.
	var requestsHash common.Hash
	c = runOne(t, requestsFilter, func(ctx context.Context, b *eest.Block) eest.Judgement {
		requestsHash = *b.Block.RequestsHash()
		return Verify(ctx, b)
	})
	require.True(t, c.Passed(), c.Failure)
	require.Equal(t, []string{"valid: EXECUTE (true, block hash)"}, c.Notes)
	require.NotEqual(t, types.EmptyRequestsHash, requestsHash)

	c = runOne(t, wrongRequestsFilter, Verify)
	require.True(t, c.Passed(), c.Failure)
	require.Equal(t, []string{"reject:block: EXECUTE (true, another hash): requestsHash derived, not an input"}, c.Notes)
}

// TestVerifyFailsUnmetExpectations feeds Verify real blocks and witnesses with one
// thing changed, and requires the case to fail for that reason.
func TestVerifyFailsUnmetExpectations(t *testing.T) {
	t.Run("valid block claimed reject:tx", func(t *testing.T) {
		c := runOne(t, validFilter, func(ctx context.Context, b *eest.Block) eest.Judgement {
			b.Expected = eest.ExpectRejectTx
			return Verify(ctx, b)
		})
		require.Regexp(t, `^block 0: fixture says reject:tx, EXECUTE returned \(true, the block's hash 0x[0-9a-f]{64}\)\n`+
			`the stateless chain ends at block 0 `, c.Failure)
	})
	t.Run("reject:tx block with a truncated witness", func(t *testing.T) {
		c := runOne(t, rejectTxFilter, func(ctx context.Context, b *eest.Block) eest.Judgement {
			b.Witness.State = b.Witness.State[:0]
			return Verify(ctx, b)
		})
		require.Equal(t, []string{"reject:tx: EXECUTE fails by ErrMissingWitnessData"}, c.Notes)
		require.Contains(t, c.Failure, "block 0: fixture says reject:tx, but EXECUTE could not judge it (ErrMissingWitnessData): ")
	})
	t.Run("valid block on a wrong pre-state", func(t *testing.T) {
		c := runOne(t, validFilter, func(ctx context.Context, b *eest.Block) eest.Judgement {
			tip := *b.Tip
			tip.Root = common.Hash{1}
			b.Tip = &tip
			return Verify(ctx, b)
		})
		require.Contains(t, c.Failure, "block 0: fixture says valid, EXECUTE failed: stateless execution: pre-state root does not match the parent header")
	})
}

// TestVerifyRefusesAnInstalledPrecompile re-runs this test binary with
// precompile.Register called first: Verify must then fail every block instead of
// judging blocks whose gas the warm 0x…0101 would change.
func TestVerifyRefusesAnInstalledPrecompile(t *testing.T) {
	if os.Getenv(registeredEnv) == "1" {
		precompile.Register(l2.L1Config())
		c := runOne(t, validFilter, Verify)
		require.Contains(t, c.Failure, ErrPrecompileInstalled.Error())
		require.Contains(t, c.Failure, "EXECUTE at 0x0000000000000000000000000000000000000101")
		return
	}
	eest.CorpusForTest(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestVerifyRefusesAnInstalledPrecompile$", "-test.count=1")
	cmd.Env = append(os.Environ(), registeredEnv+"=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, string(out), "PASS")
}

// registeredEnv asks the re-run test binary to install nr's precompiles.
const registeredEnv = "NR_EESTEXECUTE_REGISTERED"
