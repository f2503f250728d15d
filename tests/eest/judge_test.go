package eest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

func TestSentinelName(t *testing.T) {
	tests := []struct {
		err       error
		name      string
		rejection bool
	}{
		{fmt.Errorf("tx 0: %w: nonce too low", stateless.ErrInvalidTransaction), "ErrInvalidTransaction", true},
		{fmt.Errorf("%w: gas limit", stateless.ErrInvalidHeader), "ErrInvalidHeader", true},
		{stateless.ErrInvalidBlock, "ErrInvalidBlock", true},
		{fmt.Errorf("%w: requestsHash", stateless.ErrHeaderMismatch), "ErrHeaderMismatch", true},
		{fmt.Errorf("%w: node 0xab", stateless.ErrMissingWitnessData), "ErrMissingWitnessData", false},
		{stateless.ErrParentMismatch, "ErrParentMismatch", false},
		{stateless.ErrUnsupportedFork, "ErrUnsupportedFork", false},
		{errors.New("something else"), "unclassified", false},
	}
	for _, tt := range tests {
		name, rejection := SentinelName(tt.err)
		require.Equal(t, tt.name, name, tt.err.Error())
		require.Equal(t, tt.rejection, rejection, tt.err.Error())
	}
}

func TestJudge(t *testing.T) {
	accepted := verdict{accepted: true, header: &types.Header{}}
	rejected := func(err error) verdict {
		name, _ := SentinelName(err)
		return verdict{reason: name, err: err}
	}
	decodeErr := verdict{reason: decodeRejection, err: errors.New("rlp: too few elements")}
	tests := []struct {
		name        string
		want        Expectation
		v           verdict
		wantNote    string
		wantFailure string
	}{
		{"valid accepted", ExpectValid, accepted, "", ""},
		{"valid rejected", ExpectValid, rejected(fmt.Errorf("%w: stateRoot", stateless.ErrHeaderMismatch)), "",
			"block 3: fixture says valid, stateless execution failed: executed header differs from the block header: stateRoot"},
		{"valid undecodable", ExpectValid, decodeErr, "", "block 3: fixture says valid, stateless execution failed: rlp: too few elements"},
		{"reject:tx accepted", ExpectRejectTx, accepted, "", "block 3: fixture says reject:tx, stateless execution accepted it"},
		{"reject:block accepted", ExpectRejectBlock, accepted, "", "block 3: fixture says reject:block, stateless execution accepted it"},
		{"reject:tx by invalid tx", ExpectRejectTx, rejected(stateless.ErrInvalidTransaction), "reject:tx rejected by ErrInvalidTransaction", ""},
		{"reject:block by header mismatch", ExpectRejectBlock, rejected(stateless.ErrHeaderMismatch), "reject:block rejected by ErrHeaderMismatch", ""},
		{"reject:tx at decode", ExpectRejectTx, decodeErr, "reject:tx rejected by RLP decode", ""},
		{"reject:block for missing data", ExpectRejectBlock, rejected(stateless.ErrMissingWitnessData),
			"reject:block rejected by ErrMissingWitnessData",
			"block 3: fixture says reject:block, but the executor could not judge it (ErrMissingWitnessData): witness is missing data the execution needs"},
		{"reject:tx unclassified", ExpectRejectTx, rejected(errors.New("boom")),
			"reject:tx rejected by unclassified",
			"block 3: fixture says reject:tx, but the executor could not judge it (unclassified): boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			note, failure := judge(3, tt.want, tt.v)
			require.Equal(t, tt.wantNote, note)
			require.Equal(t, tt.wantFailure, failure)
		})
	}
}

func TestVerdictGeth(t *testing.T) {
	require.Equal(t, "", verdict{reason: decodeRejection}.geth())
	require.Equal(t, " (go-ethereum accepted the block; its recorded witness was used)", verdict{accepted: true}.geth())
	require.Equal(t, " (go-ethereum rejected the block: nonce too low; the full pre-state witness was used)",
		verdict{reason: "ErrInvalidTransaction", gethErr: errors.New("nonce too low")}.geth())
}
