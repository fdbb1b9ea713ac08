// Short handler: strip the headers the snapshot's policy blocks, removing them from the request's own headers
// (quiet twin of HandlerStripsBlockedHeader; the slot type's WEFT0001 stays).
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R16.HandlerStripsBlockedHeader;

[ThreadLocalSlot]
public sealed partial class HeaderPolicy
{
    public HashSet<string> Blocked { get; init; } = new(); // expect: WEFT0001
}

public static class StripHandler
{
    public static int Strip(Dictionary<string, string> headers)
    {
        var blocked = HeaderPolicy.Current.Blocked;
        int removed = 0;
        foreach (var name in new List<string>(headers.Keys))
        {
            if (blocked.Contains(name) && headers.Remove(name))
                removed++;
        }
        return removed;
    }
}
