// Short handler: resolve a host alias, and remember an unknown one in the caller's own list (quiet twin of
// TryGetCurrentAddsAlias; the slot type's WEFT0001 stays).
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
        misses.Add(host);
        return host;
    }
}
