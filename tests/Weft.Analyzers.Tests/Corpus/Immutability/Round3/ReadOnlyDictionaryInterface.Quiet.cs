// Round 3. ImmutableDictionary instead of the read-only interface: quiet.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.ReadOnlyDictionaryInterface;

[ThreadLocalSlot]
public sealed partial class HeaderRules
{
    public ImmutableDictionary<string, string> Rewrites { get; init; } = ImmutableDictionary<string, string>.Empty;
}
