// Twin: the servers are an ImmutableArray; the int is a value.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.DnsServersPrimaryCtorQuiet;

[ThreadLocalSlot]
public sealed partial class DnsServers(
    ImmutableArray<string> servers,
    int port)
{
    public int Count => servers.Length;
    public string Primary => servers.Length > 0 ? servers[0] + ":" + port : "";
}
