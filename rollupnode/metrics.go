package rollupnode

import (
	"net/http"

	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/metrics/prometheus"
)

// Metrics are the rollup node's Prometheus metrics, served by Handler
// (`nr devnet --metrics`): what the sequencer made, what L1 settled, what it
// cost and how long it took, the resyncs after L1 reorgs, and the deposits the
// relayer claimed.
type Metrics struct {
	reg                                   metrics.Registry
	sealed, sealedTxs, leftOut            *metrics.Counter
	settled, settledTxs, l1Gas, l2Gas     *metrics.Counter
	sends, claims                         *metrics.Counter
	resyncs, rolledBack                   *metrics.Counter
	sealedHead, settledHead, settledL1    *metrics.Gauge
	latencySeconds                        *metrics.CounterFloat64
	lastLatency, lastWitnessKiB, lastFill *metrics.GaugeFloat64
}

// NewMetrics registers the metrics in r (a new registry if nil).
func NewMetrics(r metrics.Registry) *Metrics {
	if r == nil {
		r = metrics.NewRegistry()
	}
	const p = "nr/rollup/"
	return &Metrics{
		reg:            r,
		sealed:         metrics.NewRegisteredCounter(p+"sequencer/blocks", r),
		sealedTxs:      metrics.NewRegisteredCounter(p+"sequencer/txs", r),
		leftOut:        metrics.NewRegisteredCounter(p+"sequencer/leftout", r),
		sealedHead:     metrics.NewRegisteredGauge(p+"sequencer/head", r),
		settled:        metrics.NewRegisteredCounter(p+"settlement/blocks", r),
		settledTxs:     metrics.NewRegisteredCounter(p+"settlement/txs", r),
		l1Gas:          metrics.NewRegisteredCounter(p+"settlement/l1gas", r),
		l2Gas:          metrics.NewRegisteredCounter(p+"settlement/l2gas", r),
		sends:          metrics.NewRegisteredCounter(p+"settlement/sends", r),
		settledHead:    metrics.NewRegisteredGauge(p+"settlement/head", r),
		settledL1:      metrics.NewRegisteredGauge(p+"settlement/l1block", r),
		latencySeconds: metrics.NewRegisteredCounterFloat64(p+"settlement/latency/seconds", r),
		lastLatency:    metrics.NewRegisteredGaugeFloat64(p+"settlement/latency/last", r),
		lastWitnessKiB: metrics.NewRegisteredGaugeFloat64(p+"settlement/witness/kib", r),
		lastFill:       metrics.NewRegisteredGaugeFloat64(p+"settlement/l2gas/fill", r),
		claims:         metrics.NewRegisteredCounter(p+"relayer/claims", r),
		resyncs:        metrics.NewRegisteredCounter(p+"settlement/resyncs", r),
		rolledBack:     metrics.NewRegisteredCounter(p+"sequencer/rolledback", r),
	}
}

// Handler serves the metrics in Prometheus' text format.
func (m *Metrics) Handler() http.Handler { return prometheus.Handler(m.reg) }

func (m *Metrics) onSealed(b *Sealed) {
	m.sealed.Inc(1)
	m.sealedTxs.Inc(int64(len(b.Block.Transactions())))
	m.leftOut.Inc(int64(b.LeftOut))
	m.sealedHead.Update(int64(b.Block.NumberU64()))
}

func (m *Metrics) onSettled(s *Settled) {
	m.settled.Inc(1)
	m.settledTxs.Inc(int64(len(s.Block.Transactions())))
	m.l1Gas.Inc(int64(s.L1Gas))
	m.l2Gas.Inc(int64(s.Block.GasUsed()))
	m.sends.Inc(int64(s.Sends))
	m.settledHead.Update(int64(s.Block.NumberU64()))
	m.settledL1.Update(int64(s.L1Block))
	m.latencySeconds.Inc(s.Latency.Seconds())
	m.lastLatency.Update(s.Latency.Seconds())
	m.lastWitnessKiB.Update(float64(s.WitnessBytes) / 1024)
	m.lastFill.Update(float64(s.Block.GasUsed()) / float64(s.Block.GasLimit()))
}

func (m *Metrics) onClaimed() { m.claims.Inc(1) }

// onResync counts a resync and the L2 blocks it rolled back; the settled head
// goes back to the host's.
func (m *Metrics) onResync(r *Resynced) {
	m.resyncs.Inc(1)
	m.rolledBack.Inc(int64(r.RolledBack))
	m.settledHead.Update(int64(r.Host))
}

// MetricsURL is where the devnet serves its Prometheus metrics ("" if off).
func (d *Devnet) MetricsURL() string { return d.metricsURL }
