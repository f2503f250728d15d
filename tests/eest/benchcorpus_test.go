package eest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestShortName(t *testing.T) {
	for id, want := range map[string]string{
		"tests/benchmark/compute/instruction/test_bitwise.py::test_shifts[fork_Osaka-blockchain_test-opcode_SAR-benchmark-gas-value_10M]":                   "shifts[opcode_SAR]",
		"tests/benchmark/compute/instruction/test_account_query.py::test_codesize[fork_Osaka-blockchain_test-benchmark-gas-value_100M]":                     "codesize",
		"tests/benchmark/compute/instruction/test_storage.py::test_storage_access_warm[fork_Osaka-blockchain_test-SSTORE new value-benchmark-gas-value_1M]": "storage_access_warm[SSTORE new value]",
		"test_plain": "plain",
	} {
		require.Equal(t, want, ShortName(id), id)
	}
}
