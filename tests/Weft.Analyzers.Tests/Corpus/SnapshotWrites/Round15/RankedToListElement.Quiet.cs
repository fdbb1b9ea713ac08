// Round 15, WEFT0003 quiet twin: the handler drops the excluded host from its own ranked copy (a write to the list
// ToList made, not to an element).
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round15.RankedToListElementQuiet;

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
        var ranked = Cluster.Current.Backends.OrderBy(static b => b.InFlight).ToList();
        ranked.RemoveAll(b => b.Host == exclude);
        if (ranked is [])
        {
            return null;
        }

        return ranked[0].Host;
    }
}
