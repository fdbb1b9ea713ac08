// Round 15, WEFT0003, element-level aliasing through LINQ: the pick handler ranks the snapshot's backends with
// OrderBy(...).ToList(). ToList copies the list, not the elements: bumping the first backend's in-flight count writes
// the shared element. The Backend class's settable member is reported by WEFT0001 on the snapshot's member, both twins.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round15.RankedToListElement;

public sealed class Backend
{
    public required string Host { get; init; }
    public int InFlight { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableArray<Backend> Backends { get; init; } = []; // expect: WEFT0001
}

public static class PickHandler
{
    public static string? Pick(string? exclude)
    {
        var ranked = Cluster.Current.Backends.Where(b => b.Host != exclude).OrderBy(static b => b.InFlight).ToList();
        if (ranked is [])
        {
            return null;
        }

        ranked[0].InFlight++; // expect: WEFT0003
        return ranked[0].Host;
    }
}
