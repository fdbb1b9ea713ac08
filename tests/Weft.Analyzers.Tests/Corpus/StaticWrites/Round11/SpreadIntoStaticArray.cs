// Worker code appends to a static immutable array with a collection-expression spread: a read of the static, then a
// store of a value computed from it; concurrent workers lose each other's hosts.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.SpreadIntoStaticArray;

public static class Seen
{
    public static ImmutableArray<string> Hosts = [];
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tracker
{
    private int _count;

    [WorkerUpdate]
    private void Note(string host)
    {
        Seen.Hosts = [.. Seen.Hosts, host]; // expect: WEFT0006
        _count++;
    }
}
