// Round 15, WEFT0006 quiet twin: the static counter is a ConcurrentDictionary updated with AddOrUpdate and a static
// lambda.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.Round15.HitCounterPostQuiet;

public static class HitCounterHandler
{
    private static readonly ConcurrentDictionary<string, long> s_hits = new(StringComparer.Ordinal);

    public static void OnRequest(string path)
    {
        string bucket = path switch
        {
            ['/', 'a', 'p', 'i', '/', ..] => "api",
            ['/', 'h', 'e', 'a', 'l', 't', 'h'] => "health",
            _ => "other",
        };
        Dispatcher.Current!.Post(() => s_hits.AddOrUpdate(bucket, 1, static (_, n) => n + 1));
    }

    public static long Hits(string bucket) => s_hits.GetValueOrDefault(bucket);
}
