// Quiet twin of NullRefIncrement: the increment through the ref uses Interlocked.Increment.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
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
            Interlocked.Increment(ref hits);
    }
}
