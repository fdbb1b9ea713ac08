// Round 15, WEFT0007 (.case): an injected IPeerSource whose implementation (this file) hands back its own List behind
// IReadOnlyList; a refresh handler (another file) broadcasts what the interface call returns. The page: a call through
// an interface is judged by the returns of every implementation in the code.
using System.Collections.Generic;

namespace Corpus.Round15.InterfacePeersBroadcast;

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

    public IReadOnlyList<string> Peers() => _resolved;
}
