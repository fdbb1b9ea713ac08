// A deferred LINQ query over the snapshot's backends is built on the worker and enumerated inside Task.Run, where
// each element it yields (the snapshot's own object) is written.
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.DeferredQueryOnPool;

public sealed class Backend
{
    public bool Up { get; init; }

    public int Failures { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<Backend> Backends { get; init; } // expect: WEFT0001
}

public static class Sweeper
{
    public static Task SweepAsync()
    {
        var down = Pool.Current.Backends.Where(b => !b.Up);
        return Task.Run(() =>
        {
            foreach (var backend in down)
            {
                backend.Failures = 0; // expect: WEFT0003
            }
        });
    }
}
