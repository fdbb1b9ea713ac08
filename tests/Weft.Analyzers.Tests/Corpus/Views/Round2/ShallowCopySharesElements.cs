// Round 2. ToList copies the list, not its elements: the backend objects in the copy are still the snapshot's.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Round2.ShallowCopy;

public sealed class Backend
{
    public string Address { get; init; } = "";
    public int Weight { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableArray<Backend> Backends { get; init; } // expect: WEFT0001
}

public static class Drainer
{
    public static void DrainFirst()
    {
        var copy = Cluster.Current.Backends.ToList();
        copy[0].Weight = 0; // expect: WEFT0003
    }
}
