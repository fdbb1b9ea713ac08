// Quiet twin of PartialTypeField: the publish hands out a copy, so the field itself is never published.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed partial class Catalog
{
    private readonly Dictionary<string, int> _prices = new();
    private readonly Slot<Dictionary<string, int>> _slot;

    public Catalog(Slot<Dictionary<string, int>> slot) => _slot = slot;

    public void Commit() => _slot.Publish(new Dictionary<string, int>(_prices));
}

public sealed partial class Catalog
{
    public void SetPrice(string sku, int price) => _prices[sku] = price;
}
