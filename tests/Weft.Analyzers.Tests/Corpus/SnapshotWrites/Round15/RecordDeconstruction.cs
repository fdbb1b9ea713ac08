// Round 15, WEFT0003 through deconstruction: the snapshot is a positional record (its List member reported by WEFT0001
// in both twins); the handler deconstructs Current into locals (`var (version, hosts) = Routes.Current;`, the record's
// generated Deconstruct) and appends to the deconstructed list.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.RecordDeconstruction;

[ThreadLocalSlot]
public sealed partial record Routes(
    int Version,
    List<string> Hosts); // expect: WEFT0001

public static class RoutesHandler
{
    public static string Describe(string? extra)
    {
        var (version, hosts) = Routes.Current;
        if (extra is { Length: > 0 })
        {
            hosts.Add(extra); // expect: WEFT0003
        }

        return $"v{version}: {string.Join(',', hosts)}";
    }
}
