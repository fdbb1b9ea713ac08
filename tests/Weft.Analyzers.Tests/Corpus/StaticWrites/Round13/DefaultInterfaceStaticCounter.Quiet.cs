// The quiet twin: the default method increments with Interlocked.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.DefaultInterfaceStaticCounterQuiet;

public static class Totals
{
    public static int Misses;
}

public interface IMissCounter
{
    void Miss() => Interlocked.Increment(ref Totals.Misses);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lookup : IMissCounter
{
    private readonly System.Collections.Generic.HashSet<string> _known = new();

    [WorkerUpdate]
    private void Probe(string key)
    {
        if (!_known.Contains(key))
        {
            ((IMissCounter)this).Miss();
        }
    }
}
