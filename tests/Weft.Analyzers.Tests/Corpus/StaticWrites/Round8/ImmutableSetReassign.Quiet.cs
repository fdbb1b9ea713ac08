// Twin: ImmutableInterlocked.Update.
using System.Collections.Immutable;
using Weft;

namespace Corpus.StaticWrites.R8.ImmutableSetReassignQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private static ImmutableHashSet<string> s_seenHosts = ImmutableHashSet<string>.Empty;

    public void Seen(string host) => ImmutableInterlocked.Update(ref s_seenHosts, static (set, h) => set.Add(h), host);
}
