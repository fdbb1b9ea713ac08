// Quiet twin: the deconstructed ports are spread into a new list with the extra port.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.RecordDeconstructionQuiet;

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
        List<int> mine = [.. ports, 443];
        return host.Length + mine.Count;
    }
}
