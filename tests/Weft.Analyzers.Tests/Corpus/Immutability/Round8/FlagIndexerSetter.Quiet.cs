// Twin: a get-only indexer over a readonly immutable dictionary; changes build a new table.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.FlagIndexerSetterQuiet;

[ThreadLocalSlot]
public sealed partial class FlagTable
{
    private readonly ImmutableDictionary<string, bool> _flags;

    public FlagTable(ImmutableDictionary<string, bool> flags) => _flags = flags;

    public bool this[string name] => _flags.TryGetValue(name, out var on) && on;

    public FlagTable With(string name, bool on) => new(_flags.SetItem(name, on));
}
