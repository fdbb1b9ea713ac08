// Round 15, WEFT0006, a short request handler in a per-worker type: it memoizes a parsed route template in a static
// plain Dictionary on a miss (TryAdd), from every worker at once.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.MemoizeStaticDictionary;

public sealed record RouteTemplate(string Raw, string[] Segments);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    private static readonly Dictionary<string, RouteTemplate> s_parsed = new(StringComparer.Ordinal);

    public int Matched { get; private set; }

    public RouteTemplate Parse(string raw)
    {
        if (!s_parsed.TryGetValue(raw, out var template))
        {
            template = new RouteTemplate(raw, raw.Split('/', StringSplitOptions.RemoveEmptyEntries));
            s_parsed.TryAdd(raw, template); // expect: WEFT0006
        }

        Matched++;
        return template;
    }
}
