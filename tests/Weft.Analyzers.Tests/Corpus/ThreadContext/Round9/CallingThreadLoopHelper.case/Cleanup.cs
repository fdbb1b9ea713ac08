using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.R9.CallingThreadLoopHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Leases
{
    public HashSet<int> Held { get; } = new();
}

public static class Cleanup
{
    public static void ReleaseLater(WorkerPool pool, int lease)
    {
        Leases leases = Leases.Current;
        Loops.Home(pool).Post(() => leases.Held.Remove(lease)); // expect: WEFT0004
    }
}
