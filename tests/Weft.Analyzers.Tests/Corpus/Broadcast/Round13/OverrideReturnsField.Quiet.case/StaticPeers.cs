using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Broadcast.OverrideReturnsFieldQuiet;

public sealed class StaticPeers : PeerSource
{
    private readonly List<string> _peers = new() { "10.0.0.1", "10.0.0.2" };

    public void Add(string peer) => _peers.Add(peer);

    public override IReadOnlyList<string> Peers() => _peers.ToImmutableArray();
}
