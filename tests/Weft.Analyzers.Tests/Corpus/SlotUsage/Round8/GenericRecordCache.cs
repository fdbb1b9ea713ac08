// WEFT0103: a generic sealed record as a DNS cache snapshot.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.R8.GenericRecordCache;

[ThreadLocalSlot]
public sealed partial record DnsCache<TAddress> // expect: WEFT0103
{
    public ImmutableDictionary<string, string> Names { get; init; } = ImmutableDictionary<string, string>.Empty;
}
