// A snapshot exposes its server list through an indexer with a setter that writes a private array. Both the array
// field ("an array") and the indexer (an indexer is a property; it has a setter: "a settable property") are reported.
using Weft;

namespace Corpus.Round4.SettableIndexer;

[ThreadLocalSlot]
public sealed partial class ServerList
{
    private readonly string[] _servers; // expect: WEFT0001 "_servers"

    public ServerList(string[] servers) => _servers = servers;

    public int Count => _servers.Length;

    public string this[int index] // expect: WEFT0001
    {
        get => _servers[index];
        set => _servers[index] = value;
    }
}
