// Round 2. The static set is immutable and swapped with ImmutableInterlocked.Update.
using System.Collections.Immutable;
using Weft.Threading;

namespace Corpus.StaticWrites.Round2.OwnLoop;

public static class SeenHosts
{
    private static ImmutableHashSet<string> s_seen = ImmutableHashSet<string>.Empty;

    public static void Note(string host)
    {
        Dispatcher.Current!.Post(() => ImmutableInterlocked.Update(ref s_seen, static (set, h) => set.Add(h), host));
    }
}
