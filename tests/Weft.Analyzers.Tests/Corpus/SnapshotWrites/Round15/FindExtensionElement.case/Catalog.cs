// Round 15, WEFT0003 (.case): a snapshot catalog holds stock items whose Reserved count is settable (WEFT0001 on the
// member, both twins). A generic LINQ helper in another file returns an element by `First`; the handler in a third file
// reserves stock by writing the element it got. Reading taken: reported at the handler's write.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.FindExtensionElement;

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
