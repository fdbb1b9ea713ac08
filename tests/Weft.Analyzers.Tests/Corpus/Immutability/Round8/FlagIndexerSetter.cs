// WEFT0001: a feature-flag snapshot with an indexer that has a setter (reported like a settable property).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.FlagIndexerSetter;

[ThreadLocalSlot]
public sealed partial class FlagTable
{
    private ImmutableDictionary<string, bool> _flags = ImmutableDictionary<string, bool>.Empty; // expect: WEFT0001

    public bool this[string name] // expect: WEFT0001
    {
        get => _flags.TryGetValue(name, out var on) && on;
        set => _flags = _flags.SetItem(name, value);
    }
}
