// LINQ returns an element of the snapshot, not a copy of it.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Linq;

public sealed class Backend
{
    public string Host { get; init; } = "";
    public int Weight { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<Backend> Backends { get; init; } // expect: WEFT0001
}

public static class Ejector
{
    public static void Eject(string host)
    {
        var backend = Pool.Current.Backends.First(b => b.Host == host);
        backend.Weight = 0; // expect: WEFT0003
    }
}
