// WEFT0003: an `is List<T> l` type pattern binds the snapshot's list (declared as a read-only view), then writes it.
// The pattern variable is the very list the snapshot holds, not a copy.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.IsPatternBindsList;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public IReadOnlyList<string> Hosts { get; init; } = new List<string>(); // expect: WEFT0001
}

public static class Worker
{
    public static void Add(string host)
    {
        if (Routes.Current.Hosts is List<string> hosts)
        {
            hosts.Add(host); // expect: WEFT0003
        }
    }
}
