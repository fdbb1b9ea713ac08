// WEFT0006: a static ImmutableHashSet reassigned from itself (a read-modify-write) in a per-worker type's member.
using System.Collections.Immutable;
using Weft;

namespace Corpus.StaticWrites.R8.ImmutableSetReassign;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private static ImmutableHashSet<string> s_seenHosts = ImmutableHashSet<string>.Empty;

    public void Seen(string host) => s_seenHosts = s_seenHosts.Add(host); // expect: WEFT0006
}
