// An iterator yields the snapshot's items; the caller zeroes each item's stock, writing shared items. Reported at the write.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.SnapshotWrites.Round10.IteratorYieldsSnapshotItems;

public static class Restock
{
    public static IEnumerable<Item> Empty(Catalog catalog)
    {
        foreach (var item in catalog.Items)
        {
            if (item.Stock < 0)
            {
                yield return item;
            }
        }
    }

    public static List<Item> Fix()
    {
        var fixedItems = new List<Item>();
        foreach (var item in Empty(Shared.Catalog))
        {
            item.Stock = 0; // expect: WEFT0003
            fixedItems.Add(item);
        }

        return fixedItems;
    }
}
