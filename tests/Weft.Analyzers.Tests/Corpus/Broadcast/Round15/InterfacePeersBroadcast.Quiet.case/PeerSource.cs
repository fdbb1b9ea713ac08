// Round 15, WEFT0007 quiet twin (.case): the implementation hands back an immutable copy of what it resolved.
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Round15.InterfacePeersBroadcastQuiet;

public interface IPeerSource
{
    IReadOnlyList<string> Peers();
}

public sealed class DnsPeerSource : IPeerSource
{
    private readonly List<string> _resolved = [];

    public void Resolved(IEnumerable<string> addresses)
    {
        _resolved.Clear();
        _resolved.AddRange(addresses);
    }

    public IReadOnlyList<string> Peers() => _resolved.ToImmutableArray();
}
