package precompile_test

import (
	"math/big"
	"testing"

	"github.com/nativerollup/nr/precompile"
	"github.com/stretchr/testify/require"
)

func TestMeterCharge(t *testing.T) {
	m := precompile.Meter{Limit: 30_000_000, Target: 15_000_000}
	s := precompile.MeterState{BaseFee: big.NewInt(1_000_000_000)}
	s, err := m.Charge(s, 20_000_000)
	require.NoError(t, err)
	require.Equal(t, uint64(20_000_000), s.Used)
	_, err = m.Charge(s, 10_000_001)
	require.ErrorIs(t, err, precompile.ErrCumulativeLimit)
	_, err = m.Charge(precompile.MeterState{}, ^uint64(0))
	require.ErrorIs(t, err, precompile.ErrCumulativeLimit, "no overflow")
	s, err = m.Charge(s, 10_000_000)
	require.NoError(t, err)
	require.Equal(t, m.Limit, s.Used, "the limit itself is allowed")
}

func TestMeterNextBaseFee(t *testing.T) {
	m := precompile.Meter{Limit: 30_000_000, Target: 15_000_000}
	fee := big.NewInt(1_000_000_000)
	cases := []struct {
		name string
		used uint64
		want int64
	}{
		{"at target", 15_000_000, 1_000_000_000},
		{"full block: +12.5%", 30_000_000, 1_125_000_000},
		{"empty block: -12.5%", 0, 875_000_000},
		{"half above target: +6.25%", 22_500_000, 1_062_500_000},
		{"one gas above target", 15_000_001, 1_000_000_008},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, big.NewInt(tc.want), m.NextBaseFee(precompile.MeterState{Used: tc.used, BaseFee: fee}))
		})
	}
	require.Equal(t, big.NewInt(1_000_000_000), fee, "NextBaseFee must not modify its input")
	require.Equal(t, big.NewInt(2), m.NextBaseFee(precompile.MeterState{Used: 15_000_001, BaseFee: big.NewInt(1)}), "above target the fee rises by at least 1 wei")
}
