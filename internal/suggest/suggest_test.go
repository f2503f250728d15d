package suggest

import "testing"

func TestNearest(t *testing.T) {
	for _, tc := range []struct {
		name       string
		candidates []string
		want       string
	}{
		{"rcp", []string{"rpc", "run", "junit"}, "rpc"},
		{"http.prot", []string{"http.port", "http.addr"}, "http.port"},
		{"x", nil, ""},
		{"ab", []string{"ax", "xb"}, "ax"}, // a tie keeps the first
	} {
		if got := Nearest(tc.name, tc.candidates); got != tc.want {
			t.Errorf("Nearest(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	if d := Distance("kitten", "sitting"); d != 3 {
		t.Errorf("Distance(kitten, sitting) = %d, want 3", d)
	}
}
