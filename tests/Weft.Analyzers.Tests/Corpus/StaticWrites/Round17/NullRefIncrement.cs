// WEFT0006: CollectionsMarshal.GetValueRefOrNullRef on a static Dictionary, then `++` through the ref. Page: "through
// GetValueRefOrNullRef, which adds nothing, the increment is the report". Reading: reported at the increment line,
// not at the lookup.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.R17.StaticWrites.NullRefIncrement;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class KnownHosts
{
    private static readonly Dictionary<string, int> s_hits = new() { ["a"] = 0, ["b"] = 0 };

    public void Seen(string host)
    {
        ref int hits = ref CollectionsMarshal.GetValueRefOrNullRef(s_hits, host);
        if (!Unsafe.IsNullRef(ref hits))
            hits++; // expect: WEFT0006
    }
}
