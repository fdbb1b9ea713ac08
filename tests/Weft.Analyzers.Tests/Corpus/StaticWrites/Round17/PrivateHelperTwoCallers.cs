// WEFT0006: a per-worker type's private static helper adds to a static Dictionary; two members of the type call it.
// Page: "A static write inside a per-worker type's own member is reported there once, not again where the member is
// called: this includes the type's private static helpers". Reading: one report, in the helper; the calls are quiet.
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.PrivateHelperTwoCallers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ErrorLog
{
    private static readonly Dictionary<string, int> s_byCode = new();
    private int _mine;

    public void OnTimeout() { _mine++; Count("timeout"); }

    public void OnReset() { _mine++; Count("reset"); }

    private static void Count(string code)
    {
        s_byCode[code] = s_byCode.TryGetValue(code, out int n) ? n + 1 : 1; // expect: WEFT0006
    }
}
