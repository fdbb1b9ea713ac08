// WEFT0003: `with` on a nested record reached from Current (not on the slot type itself) makes a shallow copy; its
// Headers dictionary is still the snapshot's, so writing it through the copy writes the snapshot.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.NestedWithShallowCopy;

public sealed record Upstream(string Name, Dictionary<string, string> Headers);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public Upstream Primary { get; init; } = new("a", new()); // expect: WEFT0001
}

public static class Worker
{
    public static Upstream Rename(string name)
    {
        var renamed = Cluster.Current.Primary with { Name = name };
        renamed.Headers["x-renamed"] = name; // expect: WEFT0003
        return renamed;
    }
}
