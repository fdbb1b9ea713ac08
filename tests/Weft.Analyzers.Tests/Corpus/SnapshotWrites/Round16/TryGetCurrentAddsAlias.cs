// Short handler: resolve a host alias, and remember an unknown one by adding it to the alias snapshot's list reached
// through TryGetCurrent (WEFT0003).
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R16.TryGetCurrentAddsAlias;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public Dictionary<string, string> ByName { get; init; } = new(); // expect: WEFT0001
    public List<string> Unknown { get; init; } = new(); // expect: WEFT0001
}

public static class AliasHandler
{
    public static string Resolve(string host, List<string> misses)
    {
        if (!Aliases.TryGetCurrent(out var aliases))
            return host;
        if (aliases.ByName.TryGetValue(host, out var target))
            return target;
        aliases.Unknown.Add(host); // expect: WEFT0003
        return host;
    }
}
