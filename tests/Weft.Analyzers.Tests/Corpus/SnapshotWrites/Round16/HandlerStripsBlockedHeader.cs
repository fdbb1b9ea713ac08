// Short handler: strip the headers the snapshot's policy blocks. It removes the matched name from the policy's own
// set instead of from the request's headers (WEFT0003).
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
            if (blocked.Contains(name) && blocked.Remove(name)) // expect: WEFT0003
                removed++;
        }
        return removed;
    }
}
