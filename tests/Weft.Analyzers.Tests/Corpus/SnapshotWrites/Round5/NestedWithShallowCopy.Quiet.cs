// Quiet twin of NestedWithShallowCopy: the `with` replaces the headers with a fresh dictionary copied from the
// snapshot's (an immutable one), so the write reaches only the copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.NestedWithShallowCopyQuiet;

public sealed record Upstream(string Name, ImmutableDictionary<string, string> Headers);

public sealed record Draft(string Name, Dictionary<string, string> Headers);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public Upstream Primary { get; init; } = new("a", ImmutableDictionary<string, string>.Empty);
}

public static class Worker
{
    public static Draft Rename(string name)
    {
        var current = Cluster.Current.Primary;
        var renamed = new Draft(current.Name, new Dictionary<string, string>(current.Headers)) with { Name = name };
        renamed.Headers["x-renamed"] = name;
        return renamed;
    }
}
