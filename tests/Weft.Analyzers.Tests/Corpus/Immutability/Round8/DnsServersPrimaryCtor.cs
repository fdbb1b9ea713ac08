// WEFT0001: a DNS snapshot built with a primary constructor whose parameter its members use (a hidden field).
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.R8.DnsServersPrimaryCtor;

[ThreadLocalSlot]
public sealed partial class DnsServers(
    List<string> servers, // expect: WEFT0001
    int port)
{
    public int Count => servers.Count;
    public string Primary => servers.Count > 0 ? servers[0] + ":" + port : "";
}
