package daemon

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/metrics/prometheus"
)

// Handler serves the JSON API:
//
//	GET /v1/status            the L1 head, the last verified block, the policy, this run's counts
//	GET /v1/blocks/{n}        block n's verdict with its calls' records
//	GET /v1/calls/{tx}/{i}    the i-th EXECUTE call (depth-first) of transaction tx
//
// Errors are {"error": "..."} with 400 (bad path) or 404 (not verified yet).
func (d *Daemon) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		s, err := d.Status()
		if err != nil {
			writeErr(w, http.StatusInternalServerError, err.Error())
			return
		}
		writeJSON(w, s)
	})
	mux.HandleFunc("GET /v1/blocks/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.ParseUint(r.PathValue("n"), 10, 64)
		if err != nil {
			writeErr(w, http.StatusBadRequest, fmt.Sprintf("block number %q: want a decimal L1 block number", r.PathValue("n")))
			return
		}
		b, err := d.store.Block(n)
		if errors.Is(err, errNotFound) {
			writeErr(w, http.StatusNotFound, fmt.Sprintf("block %d is not verified (yet); see /v1/status for the last verified block", n))
			return
		}
		if err != nil {
			writeErr(w, http.StatusInternalServerError, err.Error())
			return
		}
		out := struct {
			*BlockRecord
			Records []*CallRecord `json:"callRecords"`
		}{BlockRecord: b, Records: []*CallRecord{}}
		for _, c := range b.Calls {
			rec, err := d.store.BlockCall(n, c.Tx, c.Index)
			if err != nil {
				writeErr(w, http.StatusInternalServerError, fmt.Sprintf("call %s/%d of block %d: %v", c.Tx, c.Index, n, err))
				return
			}
			out.Records = append(out.Records, rec)
		}
		writeJSON(w, out)
	})
	mux.HandleFunc("GET /v1/calls/{tx}/{i}", func(w http.ResponseWriter, r *http.Request) {
		txs := r.PathValue("tx")
		tx, err := common.ParseHexOrString(txs)
		if err != nil || len(tx) != common.HashLength || len(txs) != 66 {
			writeErr(w, http.StatusBadRequest, fmt.Sprintf("transaction %q: want its hash, 0x and 64 hex digits", txs))
			return
		}
		i, err := strconv.Atoi(r.PathValue("i"))
		if err != nil || i < 0 {
			writeErr(w, http.StatusBadRequest, fmt.Sprintf("call index %q: want the call's position (0, 1, ...) among the transaction's EXECUTE calls", r.PathValue("i")))
			return
		}
		c, err := d.store.Call(common.BytesToHash(tx), i)
		if errors.Is(err, errNotFound) {
			writeErr(w, http.StatusNotFound, fmt.Sprintf("no verified EXECUTE call %d in transaction %s (not in a verified block, or the transaction made fewer calls)", i, txs))
			return
		}
		if err != nil {
			writeErr(w, http.StatusInternalServerError, err.Error())
			return
		}
		writeJSON(w, c)
	})
	return mux
}

// MetricsHandler serves the metrics in Prometheus's text format.
func (d *Daemon) MetricsHandler() http.Handler { return prometheus.Handler(d.cfg.Registry) }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func writeErr(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
