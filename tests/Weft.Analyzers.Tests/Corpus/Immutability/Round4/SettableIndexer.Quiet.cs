// Quiet twin of SettableIndexer: a get-only indexer over an ImmutableArray field.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.SettableIndexerQuiet;

[ThreadLocalSlot]
public sealed partial class ServerList
{
    private readonly ImmutableArray<string> _servers;

    public ServerList(ImmutableArray<string> servers) => _servers = servers;

    public int Count => _servers.Length;

    public string this[int index] => _servers[index];
}
