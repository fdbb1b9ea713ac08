// A per-worker type implements a metrics interface whose default method increments a static of another class; the
// update calls it through the interface. The default method is anybody's helper: reported at the worker code's call
// or at the increment (#escape: same file).
using Weft;

namespace Corpus.StaticWrites.DefaultInterfaceStaticCounter;

public static class Totals
{
    public static int Misses;
}

public interface IMissCounter
{
    void Miss() => Totals.Misses++; // expect: WEFT0006 #escape
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
            ((IMissCounter)this).Miss(); // expect: WEFT0006 #escape
        }
    }
}
