// A yield-return iterator filters the snapshot's backends and hands out the elements themselves; the caller resets a
// counter on each.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.IteratorYieldsElements;

public sealed class Backend
{
    public string Name { get; init; } = "";

    public bool Up { get; init; }

    public int Failures { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<Backend> Backends { get; init; } // expect: WEFT0001
}

public static class Health
{
    private static IEnumerable<Backend> Healthy()
    {
        foreach (var backend in Pool.Current.Backends)
        {
            if (backend.Up)
            {
                yield return backend;
            }
        }
    }

    public static void Forgive()
    {
        foreach (var backend in Healthy())
        {
            backend.Failures = 0; // expect: WEFT0003
        }
    }
}
