// WEFT0001: an IReadOnlyDictionary member (a read-only view someone can still change) and an expression-bodied
// property is not a stored member (quiet).
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.R8.ReadOnlyDictionaryView;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public IReadOnlyDictionary<string, bool> Flags { get; init; } = new Dictionary<string, bool>(); // expect: WEFT0001
    public int Count => Flags.Count;
}
