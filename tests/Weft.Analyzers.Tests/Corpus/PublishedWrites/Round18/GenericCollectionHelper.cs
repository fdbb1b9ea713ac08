// WEFT0002: a generic helper over ICollection<T> that adds, called with the published list after the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class GenericCollectionHelper
{
    private static void AddTo<T>(ICollection<T> target, T item) => target.Add(item);

    public static void Run(Slot<List<int>> slot)
    {
        var ports = new List<int> { 80 };
        slot.Publish(ports);
        AddTo(ports, 443); // expect: WEFT0002
    }
}
