// A snapshot member is a positional record; deconstructing it hands out its List, which the worker then appends to.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.RecordDeconstruction;

public sealed record Endpoint(string Host, List<int> Ports);

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public Endpoint Primary { get; init; } = new("a", []); // expect: WEFT0001
}

public static class Dialer
{
    public static int WithTls()
    {
        var (host, ports) = Upstream.Current.Primary;
        ports.Add(443); // expect: WEFT0003
        return host.Length + ports.Count;
    }
}
