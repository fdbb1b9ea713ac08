// Twin: one closed type.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.R8.GenericRecordCacheQuiet;

[ThreadLocalSlot]
public sealed partial record DnsCache
{
    public ImmutableDictionary<string, string> Names { get; init; } = ImmutableDictionary<string, string>.Empty;
}
