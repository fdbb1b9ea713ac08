// Round 15, WEFT0003 quiet twin: the handler deconstructs Current and appends to a copy of the list.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.RecordDeconstructionQuiet;

[ThreadLocalSlot]
public sealed partial record Routes(
    int Version,
    List<string> Hosts); // expect: WEFT0001

public static class RoutesHandler
{
    public static string Describe(string? extra)
    {
        var (version, shared) = Routes.Current;
        List<string> hosts = [.. shared];
        if (extra is { Length: > 0 })
        {
            hosts.Add(extra);
        }

        return $"v{version}: {string.Join(',', hosts)}";
    }
}
