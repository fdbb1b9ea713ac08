// Round 2. ToList copies the list; removing from the copy changes only the copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Round2.ShallowCopy;

public sealed record Backend(string Address, int Weight);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableArray<Backend> Backends { get; init; }
}

public static class Drainer
{
    public static List<Backend> WithoutFirst()
    {
        var copy = Cluster.Current.Backends.ToList();
        copy.RemoveAt(0);
        return copy;
    }
}
