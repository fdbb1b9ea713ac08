// Two files: a classic extension method that changes its receiver (the backend list) lives here; the publisher in
// the other file calls it after the publish (reported at that call, in the caller's file).
using System.Collections.Generic;

namespace Corpus.PublishedWrites.R16.ClassicExtensionAfterPublish;

public sealed class UpstreamSet
{
    public List<string> Hosts { get; } = new();
    public int Version { get; init; }
}

public static class UpstreamSetExtensions
{
    public static void EnsureFallback(this UpstreamSet set, string fallback)
    {
        if (!set.Hosts.Contains(fallback))
            set.Hosts.Add(fallback);
    }
}
