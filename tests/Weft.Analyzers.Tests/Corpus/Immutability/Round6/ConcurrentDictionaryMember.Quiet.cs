// Quiet twin of ConcurrentDictionaryMember: ImmutableDictionary<string, int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ConcurrentDictionaryMember;

[ThreadLocalSlot]
public sealed partial class Sessions
{
    public ImmutableDictionary<string, int> ByHost { get; init; } = ImmutableDictionary<string, int>.Empty;
}
