// The helper clears the cache it is given right where it is called: on the worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.HandsOff;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Negatives
{
    public HashSet<string> Names { get; } = new();
}

public static class DnsMaintenance
{
    private static void Forget(Negatives negatives) => negatives.Names.Clear();

    public static void OnNetworkChange()
    {
        Forget(Negatives.Current);
    }
}
