// WEFT0005: a DNS client's callback is marked [RunsOnAnotherThread]; the callback reads the snapshot.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.R8.UserApiRunsOnAnotherThread;

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
    public static void Start(DnsClient dns) =>
        dns.Resolve("db", ip => Console.WriteLine(Upstreams.Current.Hosts.Contains(ip))); // expect: WEFT0005
}
