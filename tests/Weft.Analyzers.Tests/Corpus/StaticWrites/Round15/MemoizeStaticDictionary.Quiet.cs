// Round 15, WEFT0006 quiet twin: the static memo is a ConcurrentDictionary filled with GetOrAdd and a static lambda.
using System;
using System.Collections.Concurrent;
using Weft;

namespace Corpus.Round15.MemoizeStaticDictionaryQuiet;

public sealed record RouteTemplate(string Raw, string[] Segments);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    private static readonly ConcurrentDictionary<string, RouteTemplate> s_parsed = new(StringComparer.Ordinal);

    public int Matched { get; private set; }

    public RouteTemplate Parse(string raw)
    {
        var template = s_parsed.GetOrAdd(raw, static r => new RouteTemplate(r, r.Split('/', StringSplitOptions.RemoveEmptyEntries)));
        Matched++;
        return template;
    }
}
