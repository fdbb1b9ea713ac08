// Reading Current on a worker and keeping the worker's own decisions in its own state.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.Direct;

[ThreadLocalSlot]
public sealed partial class Blocklist
{
    public ImmutableHashSet<string> Addresses { get; init; } = ImmutableHashSet<string>.Empty;
}

public sealed class Firewall
{
    private readonly HashSet<string> _rejectedHere = new();

    public bool Admit(string address)
    {
        if (address.StartsWith("10.", System.StringComparison.Ordinal))
        {
            _rejectedHere.Add(address);
            return false;
        }

        return !Blocklist.Current.Addresses.Contains(address);
    }
}
