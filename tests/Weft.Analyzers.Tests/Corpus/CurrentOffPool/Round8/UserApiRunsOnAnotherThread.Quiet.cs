// Twin: the hosts are read before the call, and the callback uses the captured immutable array.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.R8.UserApiRunsOnAnotherThreadQuiet;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public ImmutableArray<string> Hosts { get; init; }
}

public sealed class DnsClient
{
    public void Resolve(string host, [RunsOnAnotherThread] Action<string> onResolved) => onResolved(host);
}

public static class Wiring
{
    public static void Start(DnsClient dns)
    {
        var hosts = Upstreams.Current.Hosts;
        dns.Resolve("db", ip => Console.WriteLine(hosts.Contains(ip)));
    }
}
