// A generic helper over ICollection<T>, given snapshot data.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.Generic;

[ThreadLocalSlot]
public sealed partial class Blocked
{
    public HashSet<int> Ports { get; init; } = new(); // expect: WEFT0001
}

public static class Collections
{
    public static void ResetIfLarge<T>(ICollection<T> items, int max)
    {
        if (items.Count > max)
        {
            items.Clear();
        }
    }
}

public static class PortGuard
{
    public static bool Allows(int port)
    {
        Collections.ResetIfLarge(Blocked.Current.Ports, 10_000); // expect: WEFT0003
        return !Blocked.Current.Ports.Contains(port);
    }
}
