// Quiet twin: the append is an ImmutableInterlocked.Update (a compare-exchange loop).
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.SpreadIntoStaticArrayQuiet;

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
        ImmutableInterlocked.Update(ref Seen.Hosts, static (hosts, h) => hosts.Add(h), host);
        _count++;
    }
}
