// The quiet twin: the iterator yields a new object per backend (a copy the caller owns).
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.IteratorYieldsElementsQuiet;

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
                yield return new Backend { Name = backend.Name, Up = true, Failures = backend.Failures };
            }
        }
    }

    public static void Forgive()
    {
        foreach (var backend in Healthy())
        {
            backend.Failures = 0;
        }
    }
}
