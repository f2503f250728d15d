package daemon

import (
	"sync"

	"github.com/ethereum/go-ethereum/metrics"

	"github.com/nativerollup/nr/validator"
)

// Metric names (go-ethereum's metrics; Prometheus names replace / with _):
//
//	nr/validator/blocks, calls                           counters
//	nr/validator/notrun                                   counter, frames below EXECUTE's price (never ran it)
//	nr/validator/verdicts/{agree,disagree,unverified}     counters, per call
//	nr/validator/reorgs                                   counter
//	nr/validator/l1/head, verified/tip                    gauges
//	nr/validator/block/latency                            histogram, ms per L1 block
//	nr/validator/proof/latency/<prover>                   histogram, ms to fetch a proof (validator.MetricName)
//	nr/validator/reexec/mgas_per_s                        gauge, last block's re-execution rate
//	nr/validator/reexec/gas, reexec/seconds               counters (rate = gas / seconds)
type meters struct {
	reg                                    metrics.Registry
	blocks, calls, agree, disagree, reorgs *metrics.Counter
	notRun                                 *metrics.Counter
	unverified, reexecGas                  *metrics.Counter
	reexecSeconds                          *metrics.CounterFloat64
	head, tip                              *metrics.Gauge
	reexecMgas                             *metrics.GaugeFloat64
	blockLatency                           metrics.Histogram
	mu                                     sync.Mutex
	provers                                map[string]metrics.Histogram
}

func newMeters(r metrics.Registry) *meters {
	const p = "nr/validator/"
	return &meters{
		reg:           r,
		blocks:        metrics.NewRegisteredCounter(p+"blocks", r),
		calls:         metrics.NewRegisteredCounter(p+"calls", r),
		notRun:        metrics.NewRegisteredCounter(p+"notrun", r),
		agree:         metrics.NewRegisteredCounter(p+"verdicts/agree", r),
		disagree:      metrics.NewRegisteredCounter(p+"verdicts/disagree", r),
		unverified:    metrics.NewRegisteredCounter(p+"verdicts/unverified", r),
		reorgs:        metrics.NewRegisteredCounter(p+"reorgs", r),
		reexecGas:     metrics.NewRegisteredCounter(p+"reexec/gas", r),
		reexecSeconds: metrics.NewRegisteredCounterFloat64(p+"reexec/seconds", r),
		head:          metrics.NewRegisteredGauge(p+"l1/head", r),
		tip:           metrics.NewRegisteredGauge(p+"verified/tip", r),
		reexecMgas:    metrics.NewRegisteredGaugeFloat64(p+"reexec/mgas_per_s", r),
		blockLatency:  metrics.NewRegisteredHistogram(p+"block/latency", r, metrics.NewExpDecaySample(1028, 0.015)),
		provers:       map[string]metrics.Histogram{},
	}
}

func (m *meters) proofLatency(prover string) metrics.Histogram {
	m.mu.Lock()
	defer m.mu.Unlock()
	h, ok := m.provers[prover]
	if !ok {
		h = metrics.NewRegisteredHistogram("nr/validator/proof/latency/"+validator.MetricName(prover), m.reg, metrics.NewExpDecaySample(1028, 0.015))
		m.provers[prover] = h
	}
	return h
}
