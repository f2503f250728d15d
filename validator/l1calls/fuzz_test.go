package l1calls

import (
	"encoding/json"
	"testing"

	"github.com/nativerollup/nr/precompile"
)

// FuzzExtract: whatever debug_traceBlockByHash answers (an L1 node may lie),
// reading it as callTracer or nrExecuteTracer traces never panics, and what
// is accepted is consistent: every EXECUTE frame is a call or counted as not
// run, and a call nrExecuteTracer reports carries the input its price and
// length name, with at least that price in gas.
func FuzzExtract(f *testing.F) {
	exec := `"0x0000000000000000000000000000000000000101"`
	for _, seed := range []string{
		`[{"txHash":"0x01","result":{"type":"CALL","to":` + exec + `,"gas":"0x5208","input":"0x00","calls":[{"type":"STATICCALL","to":` + exec + `,"gas":"0x0","input":"0x0102","error":"out of gas"}]}}]`,
		`[{"txHash":"0x02","result":{"type":"SELFDESTRUCT","to":` + exec + `}}]`,
		`[{"txHash":"0x03","result":{"calls":[{"type":"STATICCALL","depth":1,"gas":"0x0","price":"0xc350","inputSize":1,"error":"out of gas"}]}}]`,
		`[{"txHash":"0x04","result":{"calls":[{"type":"CALL","depth":0,"gas":"0xffffff","price":"0xc350","inputSize":0,"input":"0x","error":"bad input"}]}}]`,
		`[{"txHash":"0x05","error":"trace failed"}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var calls []TxTrace
		if json.Unmarshal(data, &calls) == nil {
			if b, err := ExtractBlock(calls); err == nil {
				frames := 0
				var count func(fr *Frame)
				count = func(fr *Frame) {
					if fr.To != nil && *fr.To == precompile.ExecuteAddress && callTypes[fr.Type] {
						frames++
					}
					for i := range fr.Calls {
						count(&fr.Calls[i])
					}
				}
				for _, tr := range calls {
					count(tr.Result)
				}
				if len(b.Calls)+b.NotRun != frames {
					t.Fatalf("callTracer: %d calls + %d not run, %d EXECUTE frames", len(b.Calls), b.NotRun, frames)
				}
			}
		}
		var execs []ExecTrace
		if json.Unmarshal(data, &execs) == nil {
			if b, err := ExtractExec(execs); err == nil {
				frames := 0
				for _, tr := range execs {
					frames += len(tr.Result.Calls)
				}
				if len(b.Calls)+b.NotRun != frames {
					t.Fatalf("%d calls + %d not run, %d frames", len(b.Calls), b.NotRun, frames)
				}
				for _, c := range b.Calls {
					if price := precompile.RequiredGas(c.Call.Input); c.Gas < price {
						t.Fatalf("a call with %d gas, below its input's price %d, taken as run", c.Gas, price)
					}
				}
			}
		}
	})
}
