// The quiet twin: the pool thread only counts; nothing reached from the snapshot is written.
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.DeferredQueryOnPoolQuiet;

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
    public static Task<int> SweepAsync()
    {
        var down = Pool.Current.Backends.Where(b => !b.Up);
        return Task.Run(() =>
        {
            int failures = 0;
            foreach (var backend in down)
            {
                failures += backend.Failures;
            }

            return failures;
        });
    }
}
