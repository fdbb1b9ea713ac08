// The plainest shape: a member of Current is changed in place on a worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.Direct;

[ThreadLocalSlot]
public sealed partial class Blocklist
{
    public HashSet<string> Addresses { get; init; } = new(); // expect: WEFT0001
}

public static class Firewall
{
    public static bool Admit(string address)
    {
        if (address.StartsWith("10.", System.StringComparison.Ordinal))
        {
            Blocklist.Current.Addresses.Add(address); // expect: WEFT0003
            return false;
        }

        return !Blocklist.Current.Addresses.Contains(address);
    }
}
