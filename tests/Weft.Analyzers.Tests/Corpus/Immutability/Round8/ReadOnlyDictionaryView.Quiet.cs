// Twin: a FrozenDictionary.
using System.Collections.Frozen;
using Weft;

namespace Corpus.Immutability.R8.ReadOnlyDictionaryViewQuiet;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public FrozenDictionary<string, bool> Flags { get; init; } = FrozenDictionary<string, bool>.Empty;
    public int Count => Flags.Count;
}
