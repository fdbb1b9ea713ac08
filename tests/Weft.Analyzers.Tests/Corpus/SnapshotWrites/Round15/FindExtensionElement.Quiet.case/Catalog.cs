// Round 15, WEFT0003 quiet twin (.case): the handler keeps its reservations in its own dictionary, keyed by the
// element it found, instead of writing the shared element.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.FindExtensionElementQuiet;

public sealed class StockItem
{
    public required string Sku { get; init; }
    public int Reserved { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public ImmutableArray<StockItem> Items { get; init; } = []; // expect: WEFT0001
}
